import { Injectable } from '@nestjs/common';
import { benchmark, ratiosOf, type Benchmark, type PeerRatios } from '@koers/domain';
import { FOOTPRINT_GHG_ID } from '@koers/calc-footprint-ghg';
import { sbiDivision } from '@koers/reference-data';
import { Db } from '@koers/server-db';

const num = (x: unknown): number | null => (x === null || x === undefined || x === '' ? null : Number.isFinite(Number(x)) ? Number(x) : null);

/**
 * The sector benchmark's group, read across every partner of the installation:
 * the other organisations of the same SBI division and size class with a reviewed baseline of the same year whose footprint has been
 * computed (the result of the input as it stands), one per company (the latest
 * reviewed). Row-level security keeps a partner to its own rows, so this reads
 * through Db.system; it selects the ratios only (no name, no id, no partner)
 * and hands them straight to benchmark(), which lets only aggregates out, and
 * nothing when fewer than five other companies are in the group.
 */
@Injectable()
export class BenchmarkPeers {
  constructor(private readonly db: Db) {}

  async benchmark(company: { organisationId: string; sbiCode: string; sizeClass: string; year: number }, own: PeerRatios): Promise<Benchmark | null> {
    const division = sbiDivision(company.sbiCode);
    if (!division) return null;
    const rows: { total: unknown; employees: unknown; floor_area: unknown; turnover: unknown }[] = await this.db.system((em) =>
      em.query(
        `select distinct on (b.organisation_id)
                r.output->>'totalKgCO2e' as total,
                i.input->'organisation'->>'employees' as employees,
                i.input->'organisation'->>'floorAreaM2' as floor_area,
                i.input->'organisation'->>'turnoverEurMillion' as turnover
           from baseline b
           join organisation o on o.id = b.organisation_id
           join calculation_input i on i.id = b.footprint_input_id and i.plugin_id = $5
           join calculation_result r on r.input_id = i.id and r.input_hash = i.input_hash and r.status = 'succeeded'
          where b.status = 'reviewed' and b.year = $1
            and left(regexp_replace(o.sbi_code, '\\D', '', 'g'), 2) = $2 and o.size_class = $3
            and b.organisation_id <> $4
          order by b.organisation_id, b.reviewed_at desc nulls last, r.created_at desc`,
        [company.year, division, company.sizeClass, company.organisationId, FOOTPRINT_GHG_ID],
      ),
    );
    // The same ratios as the company's own (ratiosOf), from each footprint's total and key figures.
    const others: PeerRatios[] = rows.flatMap((r) => {
      const total = num(r.total);
      if (total === null) return [];
      const { perFte, perM2, perThousandEur } = ratiosOf({ totalKgCO2e: total, employees: num(r.employees), floorAreaM2: num(r.floor_area), turnoverEurMillion: num(r.turnover) });
      return [{ perFte, perM2, perThousandEur }];
    });
    return benchmark(own, others, { sbiDivision: division, sizeClass: company.sizeClass, year: company.year });
  }
}
