import { Migration } from '@mikro-orm/migrations';

export class Migration20261202005216 extends Migration {
  override name = 'Migration20261202005216';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "auth"."partner_organization" ("id" uuid not null, "name" varchar(100) not null, "kind" text not null, "created_by" uuid not null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "auth"."partner_organization" add constraint "partner_organization_name_unique" unique ("name");`,
    );
    this.addSql(
      `alter table "auth"."partner_organization" add constraint "partner_organization_kind_check" check ("kind" in ('CARRIER', 'SELLER'));`,
    );
    this.addSql(`alter table "auth"."partner_token" add column "organization_id" uuid null;`);
    this.addSql(`create index "partner_token_organization_id_index" on "auth"."partner_token" ("organization_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "auth"."partner_token" drop column "organization_id";`);
    this.addSql(`drop table if exists "auth"."partner_organization" cascade;`);
  }
}
