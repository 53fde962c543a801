import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { AdminApi, ApiClient, type AdminMember } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { ErrorStateComponent, LanguageService, LoadingComponent, ToastService } from '@koers/web-ui';
import { BilingualPipe, KoersDatePipe, RefusalComponent, fieldText, pageActions } from '@koers/web-programme';
import { AdminTabsComponent } from './admin-tabs.component';
import { ROLES, STAFF_ROLES, roleLabel, type Role } from './roles';

const FIELDS = ['name', 'email', 'role', 'organisationId'];

/** `/beheer`: the partner's people with their roles; add one, change a staff role, remove a membership. Administrator only. */
@Component({
  selector: 'koers-admin-users',
  imports: [TranslocoPipe, BilingualPipe, KoersDatePipe, RefusalComponent, LoadingComponent, ErrorStateComponent, AdminTabsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <koers-admin-tabs />
    <h1>{{ 'admin.users.title' | transloco }}</h1>
    <p>{{ 'admin.users.intro' | transloco: { partner: partner() } }}</p>
    @if (list.error()) {
      <koers-error-state (retry)="list.reload()" />
    } @else if (!list.hasValue()) {
      <koers-loading />
    } @else {
      @if (list.value().items.length) {
        <table class="koers-table" data-testid="members">
          <thead>
            <tr>
              <th scope="col">{{ 'admin.users.name' | transloco }}</th>
              <th scope="col">{{ 'admin.users.email' | transloco }}</th>
              <th scope="col">{{ 'admin.users.role' | transloco }}</th>
              <th scope="col">{{ 'admin.users.organisation' | transloco }}</th>
              <th scope="col">{{ 'admin.users.since' | transloco }}</th>
              <th scope="col">{{ 'admin.users.actions' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (m of list.value().items; track m.membershipId) {
              <tr [attr.data-member]="m.email" [attr.data-role]="m.role">
                <th scope="row">
                  {{ m.name }}
                  @if (own(m)) { <span class="koers-badge">{{ 'admin.users.you' | transloco }}</span> }
                  @if (m.disabled) { <span class="koers-badge koers-badge-warn">{{ 'admin.users.disabled' | transloco }}</span> }
                </th>
                <td>{{ m.email }}</td>
                <td data-testid="role">{{ label(m.role) }}</td>
                <td>{{ m.organisationName ?? '—' }}</td>
                <td>{{ m.createdAt | koersDate }}</td>
                <td>
                  @if (own(m)) {
                    <span class="koers-hint">{{ 'admin.users.ownHint' | transloco }}</span>
                  } @else {
                    <div class="koers-inline-form">
                      @if (m.role !== 'participant') {
                        <label class="koers-visually-hidden" [for]="'role-' + m.membershipId">{{ 'admin.users.newRole' | transloco: { name: m.name } }}</label>
                        <select [id]="'role-' + m.membershipId" data-testid="new-role" [value]="pick()[m.membershipId] ?? m.role" (change)="choose(m, $any($event.target).value)">
                          @for (r of staffRoles; track r) { <option [value]="r" [selected]="(pick()[m.membershipId] ?? m.role) === r">{{ label(r) }}</option> }
                        </select>
                        <button type="button" class="koers-button koers-button-secondary" data-testid="save-role" [disabled]="rowActions.busy() || (pick()[m.membershipId] ?? m.role) === m.role" (click)="changeRole(m)">
                          {{ 'admin.users.saveRole' | transloco }}
                        </button>
                      } @else {
                        <span class="koers-hint">{{ 'admin.users.participantFixed' | transloco }}</span>
                      }
                      @if (confirming() === m.membershipId) {
                        <p class="koers-note" role="alert">{{ 'admin.users.confirmRemove' | transloco: { name: m.name, role: label(m.role), partner: partner() } }}</p>
                        <button type="button" class="koers-button" data-testid="confirm-remove" [disabled]="rowActions.busy()" (click)="remove(m)">{{ 'admin.users.remove' | transloco: { partner: partner() } }}</button>
                        <button type="button" class="koers-link" (click)="confirming.set(null)">{{ 'admin.users.cancel' | transloco }}</button>
                      } @else {
                        <button type="button" class="koers-link" data-testid="remove" (click)="confirming.set(m.membershipId)">{{ 'admin.users.removeShort' | transloco }}</button>
                      }
                    </div>
                    @if (rowError(m); as e) { <p class="koers-field-error" data-testid="row-error">{{ e | bilingual }}</p> }
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
        <p class="koers-hint" data-testid="members-source">{{ 'admin.users.source' | transloco: { partner: partner(), count: list.value().total } }}</p>
      } @else {
        <p>{{ 'admin.users.none' | transloco }}</p>
      }
    }

    <section>
      <h2>{{ 'admin.users.add' | transloco }}</h2>
      <p class="koers-hint">{{ 'admin.users.addIntro' | transloco }}</p>
      <form data-testid="add-member" (submit)="$event.preventDefault(); add()" novalidate>
        <div class="koers-columns">
          <div class="koers-field">
            <label for="adm-name">{{ 'admin.users.name' | transloco }}</label>
            <input id="adm-name" autocomplete="off" [value]="f().name" (input)="set('name', $any($event.target).value)" [attr.aria-invalid]="!!err(actions.error(), 'name')" aria-describedby="adm-name-error" />
            @if (err(actions.error(), 'name'); as e) { <p class="koers-field-error" id="adm-name-error">{{ e | bilingual }}</p> }
          </div>
          <div class="koers-field">
            <label for="adm-email">{{ 'admin.users.email' | transloco }}</label>
            <input id="adm-email" type="email" autocomplete="off" [value]="f().email" (input)="set('email', $any($event.target).value)" [attr.aria-invalid]="!!err(actions.error(), 'email')" aria-describedby="adm-email-error" />
            @if (err(actions.error(), 'email'); as e) { <p class="koers-field-error" id="adm-email-error">{{ e | bilingual }}</p> }
          </div>
          <div class="koers-field">
            <label for="adm-role">{{ 'admin.users.role' | transloco }}</label>
            <select id="adm-role" [value]="f().role" (change)="set('role', $any($event.target).value)" aria-describedby="adm-role-error">
              @for (r of roles; track r) { <option [value]="r" [selected]="f().role === r">{{ label(r) }}</option> }
            </select>
            @if (err(actions.error(), 'role'); as e) { <p class="koers-field-error" id="adm-role-error">{{ e | bilingual }}</p> }
          </div>
          <div class="koers-field">
            <label for="adm-org">{{ 'admin.users.organisation' | transloco }}</label>
            <select id="adm-org" [value]="f().organisationId" (change)="set('organisationId', $any($event.target).value)" aria-describedby="adm-org-error">
              <option value="">{{ (f().role === 'participant' ? 'admin.users.chooseOrganisation' : 'admin.users.noOrganisation') | transloco }}</option>
              @for (o of organisations.value() ?? []; track o.id) { <option [value]="o.id" [selected]="f().organisationId === o.id">{{ o.name }}</option> }
            </select>
            @if (err(actions.error(), 'organisationId'); as e) { <p class="koers-field-error" id="adm-org-error">{{ e | bilingual }}</p> }
          </div>
        </div>
        <koers-refusal [refusal]="actions.error()" [omit]="fields" />
        @if (invited(); as t) { <p class="koers-note" data-testid="invited">{{ t | bilingual }}</p> }
        <button type="submit" class="koers-button" [disabled]="actions.busy()">{{ 'admin.users.submit' | transloco }}</button>
      </form>
    </section>
  `,
})
export class UsersPage {
  private readonly api = inject(AdminApi);
  private readonly client = inject(ApiClient);
  private readonly auth = inject(AuthService);
  private readonly language = inject(LanguageService);
  private readonly toasts = inject(ToastService);
  private readonly transloco = inject(TranslocoService);
  readonly roles = ROLES;
  readonly staffRoles = STAFF_ROLES;
  readonly fields = FIELDS;
  readonly err = fieldText;
  readonly actions = pageActions();
  readonly rowActions = pageActions();
  /** The row the last role change or removal was for, so its refusal shows there. */
  readonly rowOf = signal<string | null>(null);
  /** By name (one person's roles together), as people look someone up. */
  readonly list = resource({
    loader: async () => {
      const page = await this.api.members();
      return { ...page, items: [...page.items].sort((a, b) => a.name.localeCompare(b.name, 'nl') || a.role.localeCompare(b.role)) };
    },
  });
  readonly organisations = resource({ loader: async () => (await this.client.organisations({ pageSize: 100 })).items });
  readonly partner = computed(() => this.auth.activeMembership()?.partner.name ?? '');
  readonly pick = signal<Partial<Record<string, Role>>>({});
  readonly confirming = signal<string | null>(null);
  readonly f = signal({ name: '', email: '', role: 'adviser' as Role, organisationId: '' });
  readonly invited = signal<{ nl: string; en: string } | null>(null);

  label(role: string): string {
    return roleLabel(role, this.language.current());
  }

  own(m: AdminMember): boolean {
    return m.userId === this.auth.session()?.user?.id;
  }

  rowError(m: AdminMember) {
    const e = this.rowActions.error();
    if (!e || this.rowOf() !== m.membershipId) return null;
    return e.fields[0]?.text ?? e.text;
  }

  choose(m: AdminMember, role: Role) {
    this.pick.update((p) => ({ ...p, [m.membershipId]: role }));
  }

  set(key: 'name' | 'email' | 'role' | 'organisationId', value: string) {
    this.f.update((f) => ({ ...f, [key]: value }));
  }

  async changeRole(m: AdminMember) {
    const role = this.pick()[m.membershipId];
    if (!role) return;
    this.rowOf.set(m.membershipId);
    await this.rowActions.run(() => this.api.changeRole(m.membershipId, role), 'admin.users.roleChanged', { name: m.name, role: this.label(role) }, () => {
      this.pick.update((p) => Object.fromEntries(Object.entries(p).filter(([k]) => k !== m.membershipId)));
      this.list.reload();
    });
  }

  async remove(m: AdminMember) {
    this.rowOf.set(m.membershipId);
    await this.rowActions.run(() => this.api.removeMember(m.membershipId), 'admin.users.removed', { name: m.name, role: this.label(m.role) }, () => {
      this.confirming.set(null);
      this.list.reload();
    });
  }

  async add() {
    const f = this.f();
    this.invited.set(null);
    let answer: Awaited<ReturnType<AdminApi['addMember']>> | null = null;
    const body = { name: f.name.trim(), email: f.email.trim(), role: f.role, ...(f.organisationId ? { organisationId: f.organisationId } : {}) };
    const ok = await this.actions.run(async () => (answer = await this.api.addMember(body)));
    if (!ok || !answer) return;
    const a = answer as { invited?: boolean; text?: { nl: string; en: string } };
    if (a.invited && a.text) this.invited.set(a.text);
    this.f.set({ name: '', email: '', role: f.role, organisationId: '' });
    this.list.reload();
    if (!a.invited) this.toasts.show(this.transloco.translate('admin.users.added', { name: body.name, role: this.label(body.role) }));
  }
}
