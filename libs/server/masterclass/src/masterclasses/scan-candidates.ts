import { Injectable } from '@nestjs/common';
import { BadInputError, ConflictError, Db, Organisation, Participation, ScanCompany } from '@koers/server-db';

/** Turns a region scan's imported company into an organisation of the system, so it can be enrolled in a masterclass. */
@Injectable()
export class ScanCandidates {
  constructor(private readonly db: Db) {}

  /**
   * The organisation for an imported company: the one this partner already knows
   * with its KvK number, or a new one (visible to the partner through its
   * participation in step 2, written first). A KvK number another partner's
   * organisation has is refused: that organisation becomes visible only by its consent.
   */
  async organisationFor(scanCompanyId: string, key: string): Promise<string> {
    const em = this.db.em;
    const company = await em.findOne(ScanCompany, { where: { id: scanCompanyId } });
    if (!company) throw new BadInputError('key', { nl: `Onbekende kandidaat: ${key}`, en: `Unknown candidate: ${key}` }, { code: 'candidate.unknown', params: { key } });
    const known = await em.findOne(Organisation, { where: { kvkNumber: company.kvkNumber } });
    if (known) return known.id;
    if (await this.db.system((sys) => sys.exists(Organisation, { where: { kvkNumber: company.kvkNumber } }))) {
      throw new ConflictError(
        { nl: `KvK-nummer ${company.kvkNumber} is al geregistreerd bij een organisatie die deze partner niet ziet; vraag het bedrijf om toestemming`, en: `Chamber of Commerce number ${company.kvkNumber} belongs to an organisation this partner cannot see; ask the company for consent` },
        { code: 'organisation.kvk_number_taken', field: 'key', params: { kvkNumber: company.kvkNumber } },
      );
    }
    const id = this.db.newId();
    // The participation first (deferred FK): it is what makes the new row visible under RLS.
    await em.insert(Participation, { id: this.db.newId(), partnerId: this.db.tenant.partnerId, organisationId: id, step: 'masterclass' });
    await em.insert(Organisation, {
      id, name: company.name, kind: 'company', kvkNumber: company.kvkNumber, sbiCode: company.sbiCode, sizeClass: company.sizeClass, municipality: company.municipality, region: null,
    });
    return id;
  }
}
