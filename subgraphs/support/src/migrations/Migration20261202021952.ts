import { Migration } from '@mikro-orm/migrations';

export class Migration20261202021952 extends Migration {
  override name = 'Migration20261202021952';

  // user_roles becomes the users read model: whom notifications go to, in which language. Rows
  // kept so far have their roles; their profile comes with the user's next user.updated, or a
  // replay of the user topic.
  override up(): void | Promise<void> {
    this.addSql(`alter table "support"."user_roles" rename to "user_account";`);
    this.addSql(`alter index "support"."user_roles_pkey" rename to "user_account_pkey";`);
    this.addSql(`alter table "support"."user_account" rename column "user_version" to "roles_version";`);
    this.addSql(`alter table "support"."user_account" alter column "roles" set default '{}';`);
    this.addSql(
      `alter table "support"."user_account" add column "email" varchar(255) null, add column "name" varchar(255) null, add column "language" text null, add column "profile_version" int not null default 0;`,
    );
    this.addSql(
      `alter table "support"."user_account" add constraint "user_account_language_check" check ("language" in ('EN', 'FR'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(
      `alter table "support"."user_account" drop column "email", drop column "name", drop column "language", drop column "profile_version";`,
    );
    this.addSql(`alter table "support"."user_account" alter column "roles" drop default;`);
    this.addSql(`alter table "support"."user_account" rename column "roles_version" to "user_version";`);
    this.addSql(`alter index "support"."user_account_pkey" rename to "user_roles_pkey";`);
    this.addSql(`alter table "support"."user_account" rename to "user_roles";`);
  }
}
