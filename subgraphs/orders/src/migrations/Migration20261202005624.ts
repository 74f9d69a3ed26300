import { eventVersionsAndDeadLetters } from '@comptoir/kit';
import { Migration } from '@mikro-orm/migrations';

export class Migration20261202005624 extends Migration {
  override name = 'Migration20261202005624';

  override up(): void | Promise<void> {
    for (const sql of eventVersionsAndDeadLetters.up('orders')) this.addSql(sql);
    // The read model keeps the version of each product it applied.
    this.addSql(`alter table "orders"."product_price" add column "product_version" int not null default 0;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "orders"."product_price" drop column "product_version";`);
    for (const sql of eventVersionsAndDeadLetters.down('orders')) this.addSql(sql);
  }
}
