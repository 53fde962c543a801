import { Injectable } from '@nestjs/common';
import { AlliancePartner, Db, ForbiddenError, Partner } from '@koers/server-db';

export interface PartnerRef {
  id: string;
  slug: string;
  name: string;
}

/**
 * Who may write what in the alliance. Every partner's staff read the shared
 * rows; a row is written by the partner that keeps it (partner_id) or by the
 * alliance's secretariat. Row-level security enforces the same (migration
 * 1764000010000); this answers 403 first, with a reason, instead of letting a
 * policy refuse the write.
 */
@Injectable()
export class AllianceAccess {
  constructor(private readonly db: Db) {}

  async isSecretariat(): Promise<boolean> {
    return this.db.em.exists(AlliancePartner, { where: { partnerId: this.db.tenant.partnerId, secretariat: true } });
  }

  /** 403 unless the current partner keeps the row or is the secretariat. */
  async assertKeeper(keeperPartnerId: string): Promise<void> {
    if (keeperPartnerId === this.db.tenant.partnerId) return;
    if (await this.isSecretariat()) return;
    throw new ForbiddenError(
      { nl: 'Alleen de partner zelf of het secretariaat van de alliantie mag dit wijzigen', en: 'Only the partner itself or the alliance secretariat may change this' },
      { code: 'alliance.not_keeper' },
    );
  }

  async canWrite(keeperPartnerId: string, secretariat?: boolean): Promise<boolean> {
    return keeperPartnerId === this.db.tenant.partnerId || (secretariat ?? (await this.isSecretariat()));
  }

  /**
   * Every partner of the installation (the alliance): names are read past the
   * partner table's row-level security, which shows a tenant only its own row.
   */
  async partners(): Promise<PartnerRef[]> {
    const rows = await this.db.system((em) => em.find(Partner, { order: { name: 'ASC' } }));
    return rows.map((p) => ({ id: p.id, slug: p.slug, name: p.name }));
  }
}
