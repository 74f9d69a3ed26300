import { eventVersionsAndDeadLetters } from '@comptoir/kit';
import { Migration } from '@mikro-orm/migrations';

export class Migration20261202005624 extends Migration {
  override name = 'Migration20261202005624';

  override up(): void | Promise<void> {
    for (const sql of eventVersionsAndDeadLetters.up('baskets')) this.addSql(sql);
    // The read model keeps the versions of each product and of its stock it applied.
    this.addSql(
      `alter table "baskets"."basket_product" add column "product_version" int not null default 0, add column "stock_version" int not null default 0;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "baskets"."basket_product" drop column "product_version", drop column "stock_version";`);
    for (const sql of eventVersionsAndDeadLetters.down('baskets')) this.addSql(sql);
  }
}
