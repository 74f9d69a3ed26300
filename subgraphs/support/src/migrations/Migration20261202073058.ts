import { outboxTraceState } from '@comptoir/kit';
import { Migration } from '@mikro-orm/migrations';

export class Migration20261202073058 extends Migration {
  override name = 'Migration20261202073058';

  override up(): void | Promise<void> {
    for (const sql of outboxTraceState.up('support')) this.addSql(sql);
  }

  override down(): void | Promise<void> {
    for (const sql of outboxTraceState.down('support')) this.addSql(sql);
  }
}
