import { eventVersionsAndDeadLetters } from '@comptoir/kit';
import { Migration } from '@mikro-orm/migrations';

export class Migration20261202005624 extends Migration {
  override name = 'Migration20261202005624';

  override up(): void | Promise<void> {
    for (const sql of eventVersionsAndDeadLetters.up('deliveries')) this.addSql(sql);
  }

  override down(): void | Promise<void> {
    for (const sql of eventVersionsAndDeadLetters.down('deliveries')) this.addSql(sql);
  }
}
