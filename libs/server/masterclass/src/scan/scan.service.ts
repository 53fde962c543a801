import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { countSectors, rankScanCandidates, type ScanCandidateFacts, type ScanSource, type SizeClass } from '@koers/domain';
import { CE_SECTORS_ID, CE_SECTORS_V1, SBI_DIVISION_NAMES, sbiSection } from '@koers/reference-data';
import { Db, nameEntity, RegionScan } from '@koers/server-db';
import { readUpload, SHEET_CSV_TYPES, SHEET_XLSX_TYPE } from '@koers/server-files';
import type { CreateRegionScanDto, RegionScanView } from './scan.dto';
import { parseScanCompanyFile, SCAN_FILE_MAX_BYTES } from './scan-company-file';

nameEntity('RegionScan', { nl: 'Regioscan', en: 'Region scan' });

interface OrganisationRow {
  id: string;
  name: string;
  kvk_number: string | null;
  sbi_code: string | null;
  municipality: string | null;
  size_class: SizeClass | null;
  participant: boolean;
  step1: boolean;
  alumnus: boolean;
  attended: boolean;
}
interface ScanCompanyRow {
  id: string;
  name: string;
  kvk_number: string;
  sbi_code: string | null;
  municipality: string;
  size_class: SizeClass | null;
  employees: number | null;
  interest: boolean;
}

const SECTOR_WEIGHTS = CE_SECTORS_V1.map((s) => ({ division: s.division, weight: s.weight, name: s.name }));
const divisionLookup = (division: string) => {
  const name = SBI_DIVISION_NAMES[division];
  const section = sbiSection(division);
  return name && section ? { section, name } : undefined;
};

/** The region scan of step 2: candidates for a masterclass in a region, ranked and explained, saved as made. */
@Injectable()
export class ScanService {
  constructor(private readonly db: Db) {}

  /** Municipalities as given, trimmed, without repeats (compared case-insensitively). */
  private normalise(municipalities: string[]): string[] {
    const seen = new Set<string>();
    const out: string[] = [];
    for (const m of municipalities.map((x) => x.trim())) {
      const k = m.toLocaleLowerCase('nl');
      if (!seen.has(k)) {
        seen.add(k);
        out.push(m);
      }
    }
    return out;
  }

  /** What the partner may see in the region (row-level security limits organisations to those with a participation or consent), with the facts the ranking needs. */
  async candidates(municipalities: string[]): Promise<ScanCandidateFacts[]> {
    const lower = municipalities.map((m) => m.toLocaleLowerCase('nl'));
    const orgs: OrganisationRow[] = await this.db.em.query(
      `select o.id, o.name, o.kvk_number, o.sbi_code, o.municipality, o.size_class,
         exists (select 1 from participation p where p.organisation_id = o.id and p.partner_id = koers_tenant_id() and p.ended_at is null) as participant,
         exists (select 1 from enrolment e join programme_group g on g.id = e.group_id where e.organisation_id = o.id and g.step = 'koploper') as step1,
         exists (select 1 from enrolment e join programme_group g on g.id = e.group_id where e.organisation_id = o.id and g.step = 'koploper' and e.phase = 'alumni') as alumnus,
         exists (select 1 from session_attendance sa where sa.organisation_id = o.id and sa.present) as attended
       from organisation o
       where lower(trim(o.municipality)) = any($1::text[])`,
      [lower],
    );
    const imported: ScanCompanyRow[] = await this.db.em.query(
      `select id, name, kvk_number, sbi_code, municipality, size_class, employees, interest from scan_company where lower(trim(municipality)) = any($1::text[])`,
      [lower],
    );
    // Marks and employee numbers of imported rows also count for a known organisation with the same KvK number (the organisation is the candidate then).
    const marks: { kvk_number: string; interest: boolean; employees: number | null }[] = await this.db.em.query(
      `select kvk_number, interest, employees from scan_company where kvk_number = any($1::text[])`,
      [orgs.map((o) => o.kvk_number).filter((k): k is string => k !== null)],
    );
    const byKvk = new Map(marks.map((m) => [m.kvk_number, m]));
    const orgKvks = new Set(orgs.map((o) => o.kvk_number).filter((k) => k !== null));

    const facts: ScanCandidateFacts[] = orgs.map((o) => {
      const mark = o.kvk_number ? byKvk.get(o.kvk_number) : undefined;
      const source: ScanSource = o.alumnus ? 'alumnus' : o.participant ? 'participant' : 'consent';
      return {
        key: `organisation:${o.id}`, name: o.name, kvkNumber: o.kvk_number, sbiCode: o.sbi_code, municipality: o.municipality,
        sizeClass: o.size_class, employees: mark?.employees ?? null, source,
        interest: { tookPartInStep1: o.step1, alumnus: o.alumnus, attendedSession: o.attended, markedByCoordinator: mark?.interest ?? false },
      };
    });
    for (const c of imported) {
      if (orgKvks.has(c.kvk_number)) continue;
      facts.push({
        key: `imported:${c.id}`, name: c.name, kvkNumber: c.kvk_number, sbiCode: c.sbi_code, municipality: c.municipality,
        sizeClass: c.size_class, employees: c.employees, source: 'imported',
        interest: { tookPartInStep1: false, alumnus: false, attendedSession: false, markedByCoordinator: c.interest },
      });
    }
    return facts;
  }

  async create(dto: CreateRegionScanDto): Promise<RegionScanView> {
    const municipalities = this.normalise(dto.municipalities);
    const facts = await this.candidates(municipalities);
    const scan: RegionScan = {
      id: this.db.newId(),
      partnerId: this.db.tenant.partnerId,
      municipalities,
      audience: dto.audience,
      sectorTable: CE_SECTORS_ID,
      sectors: countSectors(facts, divisionLookup, SECTOR_WEIGHTS),
      candidates: rankScanCandidates(facts, dto.audience, SECTOR_WEIGHTS),
      createdBy: this.db.tenant.userId,
      createdAt: new Date(),
    };
    await this.db.em.insert(RegionScan, scan);
    return this.view(scan);
  }

  async list() {
    const scans: (Pick<RegionScan, 'id' | 'municipalities' | 'audience' | 'createdAt'> & { candidate_count: number })[] = await this.db.em.query(
      `select id, municipalities, audience, created_at as "createdAt", jsonb_array_length(candidates)::int as candidate_count from region_scan order by created_at desc, id`,
    );
    return {
      items: scans.map((s) => ({ id: s.id, municipalities: s.municipalities, audience: s.audience, createdAt: new Date(s.createdAt).toISOString(), candidateCount: s.candidate_count })),
    };
  }

  async get(id: string): Promise<RegionScanView> {
    return this.view(await this.db.findOwned(RegionScan, id));
  }

  /** Imports (or updates, by KvK number) the partner's companies from a list; the whole list or nothing. */
  async import(req: FastifyRequest): Promise<{ imported: number }> {
    const upload = await readUpload(req, { maxBytes: SCAN_FILE_MAX_BYTES, allowed: { csv: SHEET_CSV_TYPES, xlsx: [SHEET_XLSX_TYPE] } });
    const rows = await parseScanCompanyFile(upload.filename, upload.content);
    const keepInterest = rows.some((r) => r.interest === undefined);
    const records = rows.map((r) => ({
      id: this.db.newId(), kvk_number: r.kvkNumber, name: r.name, sbi_code: r.sbiCode, size_class: r.sizeClass, employees: r.employees, municipality: r.municipality, interest: r.interest ?? false,
    }));
    await this.db.em.query(
      `insert into scan_company (id, partner_id, kvk_number, name, sbi_code, size_class, employees, municipality, interest, imported_by, imported_at)
       select x.id, koers_tenant_id(), x.kvk_number, x.name, x.sbi_code, x.size_class, x.employees, x.municipality, x.interest, $2, now()
       from jsonb_to_recordset($1::jsonb) as x(id uuid, kvk_number varchar, name varchar, sbi_code varchar, size_class varchar, employees int, municipality varchar, interest boolean)
       on conflict (partner_id, kvk_number) do update set
         name = excluded.name, sbi_code = excluded.sbi_code, size_class = excluded.size_class, employees = excluded.employees, municipality = excluded.municipality,
         interest = ${keepInterest ? 'scan_company.interest' : 'excluded.interest'}, imported_by = excluded.imported_by, imported_at = excluded.imported_at`,
      [JSON.stringify(records), this.db.tenant.userId],
    );
    return { imported: rows.length };
  }

  private view(s: RegionScan): RegionScanView {
    return {
      id: s.id, municipalities: s.municipalities, audience: s.audience, sectorTable: s.sectorTable, createdAt: new Date(s.createdAt).toISOString(),
      sectors: s.sectors, candidates: s.candidates,
    };
  }
}
