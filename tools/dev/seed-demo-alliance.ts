/**
 * Demo data for the alliance (npm start only; the tests build their own):
 * the two demo partners with their kind and partner contract, MVO Alliantie
 * Noord-Nederland as the alliance's secretariat with three of its five
 * commitments met, two CSR platforms with members and an agenda (with the
 * symposium of the demo Koplopergroep, planned on its phase plan's date), the pilot projects the seed's
 * programme names per line, and a budget of the Koploper step.
 *
 * The pilots and their lead organisations are those of the programme
 * "Ambitie 2020" (../shared/seeds); names of people, amounts and dates are made
 * up. Dates are relative to today.
 */
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { DemoIds } from './seed-demo';

const day = (offset: number): string => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

export async function seedDemoAllianceContracts(ds: DataSource, ids: DemoIds): Promise<void> {
  await ds.transaction(async (em) => {
    const noord = ids.partners.noord;
    const groningen = ids.partners.groningen;
    const sql = (text: string, params: unknown[]) => em.query(text, params);

    await sql(`update alliance_partner set kind = 'csr_platform', secretariat = true, description = $2 where partner_id = $1`, [
      noord, 'Regionaal samenwerkingsverband voor een circulaire en inclusieve economie in Noord-Nederland; voert het secretariaat van de alliantie.',
    ]);
    await sql(`update alliance_partner set kind = 'consultancy', description = $2 where partner_id = $1`, [groningen, 'Begeleidt Koplopergroepen en CE-masterclasses in de provincie Groningen.']);

    // The platforms first: a commitment on point "platform" names one.
    const assen = randomUUID();
    const groningen3p0 = randomUUID();
    await sql(`insert into csr_platform (id, partner_id, name, region, municipality, description, created_by) values ($1, $2, 'MVO-platform Assen', 'Drenthe', 'Assen', $3, $4), ($5, $6, 'Groningen 3P0', 'Groningen', 'Groningen', $7, $8)`, [
      assen, noord, 'Lokale overheid, bedrijven en maatschappelijke organisaties in Assen delen kennis over duurzaam ondernemen.', ids.users.coordinator,
      groningen3p0, groningen, 'Netwerk voor people, planet en profit in de stad Groningen.', ids.users.gCoordinator ?? null,
    ]);
    const member = (platform: string, keeper: string, name: string, kind: string, partner: string | null, joined: number) =>
      sql(`insert into csr_platform_member (id, partner_id, platform_id, name, kind, member_partner_id, joined_on) values ($1, $2, $3, $4, $5, $6, $7)`, [randomUUID(), keeper, platform, name, kind, partner, day(joined)]);
    await member(assen, noord, 'MVO Alliantie Noord-Nederland', 'partner', noord, -700);
    await member(assen, noord, 'Gemeente Assen', 'government', null, -700);
    await member(assen, noord, 'Bakkerij De Vries', 'company', null, -400);
    await member(assen, noord, 'Installatiebedrijf Bos', 'company', null, -380);
    await member(assen, noord, 'Drenthe College', 'school', null, -300);
    await member(assen, noord, 'De Uitdaging Drenthe', 'civil_society', null, -650);
    await member(groningen3p0, groningen, 'Koploperproject Groningen', 'partner', groningen, -600);
    await member(groningen3p0, groningen, 'Metaalbewerking Hoekstra', 'company', null, -200);
    const event = (platform: string, keeper: string, on: string, title: string, location: string, session: string | null = null) =>
      sql(`insert into csr_platform_event (id, partner_id, platform_id, event_on, title, location, session_id) values ($1, $2, $3, $4, $5, $6, $7)`, [randomUUID(), keeper, platform, on, title, location, session]);
    await event(assen, noord, day(-60), 'Green Drinks Assen: circulair inkopen', 'De Nieuwe Kolk, Assen');
    await event(assen, noord, day(24), 'Netwerkbijeenkomst: van actieplan naar maatregel', 'Gemeentehuis Assen');
    await event(groningen3p0, groningen, day(45), 'Ontbijtsessie groene stroom voor het mkb', 'Stadhuis Groningen');
    // The demo Koplopergroep's symposium is on the Assen agenda (planned here on its phase plan's date when it has none yet).
    const [cohort] = await sql(`select id, phase_plan->>'symposium' as on from programme_group where partner_id = $1 and step = 'koploper' and status <> 'closed' order by starts_on limit 1`, [noord]);
    if (cohort?.on && !(await sql(`select 1 from programme_session where group_id = $1 and kind = 'symposium'`, [cohort.id])).length) {
      await sql(`insert into programme_session (id, partner_id, group_id, kind, title, starts_at, location, agenda) values ($1, $2, $3, 'symposium', 'Koplopersymposium Assen', $4, 'Gemeentehuis Assen', $5)`, [
        randomUUID(), noord, cohort.id, `${cohort.on}T15:00:00+01:00`, '1. Presentaties van de Koplopers\n2. Uitreiking Koploperprijs\n3. Certificaten van deelname',
      ]);
    }
    const [symposium] = await sql(
      `select s.id, s.title, s.location, (s.starts_at at time zone 'Europe/Amsterdam')::date::text as on from programme_session s join programme_group g on g.id = s.group_id
        where g.partner_id = $1 and g.step = 'koploper' and s.kind = 'symposium' order by s.starts_at limit 1`,
      [noord],
    );
    if (symposium) await event(assen, noord, symposium.on, symposium.title, symposium.location, symposium.id);

    // MVO Noord's contract: three of the five points met, one partly, one not yet.
    const contract = randomUUID();
    await sql(`insert into partner_contract (id, partner_id, signed_on, signed_by, note, recorded_by) values ($1, $2, $3, 'Anna Beheer, bestuurder', 'Getekend op de startbijeenkomst van de alliantie', $4)`, [contract, noord, day(-700), ids.users.admin]);
    const commitment = async (point: string, description: string, extra: { ambition?: string; platformId?: string; form?: string; amount?: number }, entries: [number, string, string, string | null][]) => {
      const id = randomUUID();
      await sql(`insert into contract_commitment (id, partner_id, contract_id, point, description, ambition, platform_id, contribution_form, amount_eur) values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`, [
        id, noord, contract, point, description, extra.ambition ?? null, extra.platformId ?? null, extra.form ?? null, extra.amount ?? null,
      ]);
      for (const [offset, status, note, url] of entries) {
        await sql(`insert into commitment_fulfilment (id, partner_id, commitment_id, recorded_on, status, note, evidence_url, recorded_by) values ($1, $2, $3, $4, $5, $6, $7, $8)`, [randomUUID(), noord, id, day(offset), status, note, url, ids.users.admin]);
      }
    };
    await commitment('goals', 'Wij onderschrijven de doelen en ambities van de alliantie voor een circulaire en inclusieve economie', {}, [[-700, 'met', 'Vastgelegd in het partnercontract', null]]);
    await commitment('own_contribution', 'Wij organiseren elk jaar Koplopergroepen in Drenthe, zodat bedrijven hun CO2-footprint kennen en maatregelen nemen', { ambition: 'circular' }, [
      [-500, 'partly', 'Eerste Koplopergroep gestart', null],
      [-120, 'met', 'Koplopergroep Assen afgerond met symposium', null],
    ]);
    await commitment('visibility', 'Wij delen resultaten via onze nieuwsbrief, website en sociale media', {}, [[-300, 'met', 'Verslag op de website', 'https://www.example.org/nieuws/koploper-resultaten']]);
    await commitment('platform', 'Wij nemen deel aan het MVO-platform Assen', { platformId: assen }, [[-400, 'partly', 'Twee bijeenkomsten bijgewoond', null]]);
    await commitment('contribution', 'Wij leveren het secretariaat en de coördinatie van de alliantie', { form: 'in_kind', amount: 12000 }, []);

    // Koploperproject Groningen: signed, nothing recorded yet.
    const gContract = randomUUID();
    await sql(`insert into partner_contract (id, partner_id, signed_on, signed_by) values ($1, $2, $3, 'Gerrit Mulder, projectleider')`, [gContract, groningen, day(-640)]);
    await sql(`insert into contract_commitment (id, partner_id, contract_id, point, description, contribution_form, amount_eur) values ($1, $2, $3, 'goals', 'Wij onderschrijven de doelen van de alliantie', null, null), ($4, $2, $3, 'contribution', 'Een bijdrage aan de communicatiecampagne', 'money', 7500)`, [
      randomUUID(), groningen, gContract, randomUUID(),
    ]);

    // The programme's pilots per line, as "Ambitie 2020" names them.
    const pilot = (line: string, title: string, lead: string, status: string, extra: { leadPartner?: string; starts?: number; ends?: number; summary?: string; evaluated?: number } = {}) => {
      const id = randomUUID();
      return sql(
        `insert into pilot_project (id, partner_id, programme_line, title, lead_organisation, lead_partner_id, status, starts_on, ends_on, impact_summary, evaluated_on, created_by) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [id, noord, line, title, lead, extra.leadPartner ?? null, status, extra.starts === undefined ? null : day(extra.starts), extra.ends === undefined ? null : day(extra.ends), extra.summary ?? '', extra.evaluated === undefined ? null : day(extra.evaluated), ids.users.coordinator],
      ).then(() => id);
    };
    await pilot('social_entrepreneurship', 'Social enterprises als middel voor nieuwe werkgelegenheid voor lager geschoolden', 'Arbeidsmarktregio Assen-Groningen met AssenvoorAssen', 'preparing');
    await pilot('sustainable_entrepreneurship', 'Noorden - Koploper in duurzaamheid', 'MVO Alliantie Noord-Nederland', 'running', { leadPartner: noord, starts: -700 });
    await pilot('smart_mobility', "Vervolg op 'Slim bereikbaar': een regioproject voor werkgevers en lokale initiatieven", 'Nog in beraad', 'preparing');
    await pilot('clean_energy', 'Een Noordelijke stellingname over schone energie', 'Nog in beraad', 'preparing');
    const golf = await pilot('education_development', 'De Groene Golf: MVO-scan bij stagebedrijven', 'Drenthe College', 'evaluated', {
      starts: -700, ends: -400, evaluated: -380,
      summary: 'Leerlingen voerden een MVO-scan uit bij hun stagebedrijf. Een aantal bedrijven kreeg daarna een MVO-certificaat en een aantal jongeren werd junior MVO-ambassadeur. De pilot wordt verbreed naar andere ROC\'s.',
    });
    await sql(`insert into pilot_impact_figure (id, partner_id, pilot_id, position, label, value, unit, source) values ($1, $2, $3, 1, 'Onderwijsinstellingen in de pilot', 1, 'ROC', $4)`, [
      randomUUID(), noord, golf, "Programma 'Ambitie 2020', MVO-Alliantie Noord Nederland (vastgesteld 16-12-2015)",
    ]);
    await pilot('education_development', "Een 'openbaar lifelong learning instituut' in bibliotheken", 'Bibliotheken, met OLLI (Auburn, Alabama)', 'preparing');

    // The Koploper step's budget over two years (amounts made up): participant contributions, a subsidy and partners in kind against the costs.
    const budget = randomUUID();
    const start = `${Number(day(0).slice(0, 4)) - 1}-01-01`;
    const end = `${Number(day(0).slice(0, 4))}-12-31`;
    await sql(`insert into budget (id, partner_id, scope, step, title, period_start, period_end, note, created_by) values ($1, $2, 'step', 'koploper', 'Koplopertraject Drenthe', $3, $4, 'Eigen bijdrage per deelnemer € 2.500', $5)`, [budget, noord, start, end, ids.users.coordinator]);
    const lines: [string, string, number, number | null][] = [
      ['participant_contribution', 'Eigen bijdrage 24 deelnemers', 60000, 47500],
      ['subsidy', 'Provincie Drenthe', 90000, 90000],
      ['partner_money', 'Bijdrage Koploperproject Groningen', 7500, null],
      ['partner_in_kind', 'Secretariaat en coördinatie', 12000, 9000],
      ['advice', 'Nulmetingen en begeleiding', 120000, 84250.5],
      ['meetings', 'Bijeenkomsten en symposium', 30000, 18400],
      ['communication', 'Communicatie en prijs', 12000, 6100.75],
      ['staff', 'Projectleiding', 7500, 5000],
    ];
    for (const [i, [category, description, planned, actual]] of lines.entries()) {
      await sql(`insert into budget_line (id, partner_id, budget_id, position, category, description, planned_eur, actual_eur) values ($1, $2, $3, $4, $5, $6, $7, $8)`, [randomUUID(), noord, budget, i + 1, category, description, planned, actual]);
    }
  });
}
