/**
 * Demo data for the region scan of step 2 (npm start only; the tests build
 * their own): about thirty companies in Assen and the Drenthe municipalities
 * around it, imported by MVO Noord as scan companies, and one saved scan of
 * Assen and Emmen for a masterclass for SMEs. Names and KvK numbers are made up.
 */
import type { SizeClass } from '@koers/domain';
import { Db, ScanCompany, type TenantContext } from '@koers/server-db';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ScanService } from '../../libs/server/masterclass/src/scan/scan.service';
import type { DemoIds } from './seed-demo';

type Row = [kvk: string, name: string, sbi: string, size: SizeClass | null, employees: number | null, municipality: string, interest?: boolean];

export const DEMO_SCAN_COMPANIES: Row[] = [
  // Assen
  ['61203344', 'Bouwbedrijf Van der Veen Assen', '41.20', 'medium', 85, 'Assen', true],
  ['61214455', 'Timmerfabriek De Hunze', '16.23', 'small', 28, 'Assen'],
  ['61225566', 'Drentse Kunststof Techniek', '22.29', 'medium', 140, 'Assen', true],
  ['61236677', 'Metaalbewerking Assen-Zuid', '25.62', 'small', 35, 'Assen'],
  ['61247788', 'Meubelmakerij Het Vaartje', '31.09', 'micro', 6, 'Assen'],
  ['61258899', 'Recyclingbedrijf Drenthe', '38.32', 'medium', 60, 'Assen', true],
  ['61269900', 'Accountantskantoor Brink & Zn.', '69.20', 'small', 22, 'Assen'],
  ['61270011', 'Autobedrijf Kloosterveen', '45.20', 'small', 18, 'Assen'],
  ['61281122', 'Zuivelhoeve Anreep', '10.51', 'medium', 110, 'Assen'],
  // Emmen
  ['62301234', 'Emmer Vezel Industrie', '13.96', 'large', 420, 'Emmen', true],
  ['62312345', 'Kunststofrecycling Zuidoost-Drenthe', '38.32', 'medium', 75, 'Emmen'],
  ['62323456', 'Aardappelverwerking Veenkoloniën', '10.31', 'large', 310, 'Emmen'],
  ['62334567', 'Staalconstructie Klazienaveen', '25.11', 'medium', 95, 'Emmen'],
  ['62345678', 'Installatietechniek Emmen', '43.22', 'small', 40, 'Emmen'],
  ['62356789', 'Softwarehuis Noordbarge', '62.01', 'small', 15, 'Emmen'],
  ['62367890', 'Textielatelier Emmerhout', '14.13', 'micro', 4, 'Emmen'],
  // Hoogeveen
  ['63401122', 'Machinefabriek Hoogeveen', '28.30', 'medium', 150, 'Hoogeveen', true],
  ['63412233', 'Betonwarenfabriek De Wijk', '23.61', 'medium', 70, 'Hoogeveen'],
  ['63423344', 'Transportbedrijf Pesse', '49.41', 'medium', 120, 'Hoogeveen'],
  ['63434455', 'Carrosseriebouw Hollandscheveld', '29.20', 'small', 45, 'Hoogeveen'],
  // Meppel
  ['64501234', 'Drukkerij Meppel', '18.12', 'small', 30, 'Meppel'],
  ['64512345', 'Vloerenfabriek Reestdal', '16.22', 'medium', 90, 'Meppel'],
  ['64523456', 'Verhuur Bouwmaterieel Meppel', '77.32', 'small', 25, 'Meppel'],
  // Tynaarlo
  ['65601122', 'Tuinbouwbedrijf Zuidlaren', '01.13', 'small', 20, 'Tynaarlo'],
  ['65612233', 'Reparatiecentrum Vries', '95.22', 'micro', 5, 'Tynaarlo'],
  ['65623344', 'Hotel De Brink Zuidlaren', '55.10', 'small', 38, 'Tynaarlo'],
  // Midden-Drenthe
  ['66701234', 'Melkveebedrijf Beilen', '01.41', 'micro', 3, 'Midden-Drenthe'],
  ['66712345', 'Vleeswarenfabriek Westerbork', '10.13', 'medium', 180, 'Midden-Drenthe', true],
  ['66723456', 'Grondverzet Smilde', '43.12', 'small', 12, 'Midden-Drenthe'],
  ['66734567', 'Afvalverwerking Midden-Drenthe', '38.21', 'large', 260, 'Midden-Drenthe'],
];

/** Adds the demo partner's scan companies and one saved scan (Assen and Emmen, SMEs), made by the coordinator as the API would. */
export async function seedDemoScan(ds: DataSource, ids: DemoIds): Promise<void> {
  const partnerId = ids.partners.noord;
  await ds.getRepository(ScanCompany).insert(
    DEMO_SCAN_COMPANIES.map(([kvkNumber, name, sbiCode, sizeClass, employees, municipality, interest]) => ({
      id: randomUUID(), partnerId, kvkNumber, name, sbiCode, sizeClass, employees, municipality, interest: interest ?? false, importedBy: ids.users.coordinator,
    })),
  );
  const [membership]: { id: string }[] = await ds.query(`select id from membership where user_id = $1 and partner_id = $2`, [ids.users.coordinator, partnerId]);
  const tenant: TenantContext = { partnerId, userId: ids.users.coordinator, membershipId: membership.id, role: 'coordinator', organisationId: null };
  const db = new Db(ds);
  await db.inTenant(tenant, () => new ScanService(db).create({ municipalities: ['Assen', 'Emmen'], audience: 'sme' }));
}
