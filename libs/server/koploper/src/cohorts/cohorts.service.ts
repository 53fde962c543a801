import { Injectable } from '@nestjs/common';
import { Db, KoploperCohort } from '@koers/server-db';
import { Groups } from '@koers/server-programme';
import { In } from 'typeorm';
import type { CohortDetailView, CohortListView, CreateCohortDto, UpdateCohortDto } from './cohorts.dto';

/** Koplopergroepen: the core's groups of step 1, each in a municipality. */
@Injectable()
export class CohortsService {
  constructor(
    private readonly db: Db,
    private readonly groups: Groups,
  ) {}

  async list(): Promise<CohortListView> {
    const rows = await this.groups.list('koploper');
    const own = rows.length ? await this.db.em.find(KoploperCohort, { where: { groupId: In(rows.map((r) => r.group.id)) } }) : [];
    const items = rows.map(({ group, participants }) => ({
      id: group.id, name: group.name, municipality: own.find((o) => o.groupId === group.id)?.municipality ?? '', startsOn: group.startsOn, endsOn: group.endsOn, status: group.status, participants,
    }));
    return { items, total: items.length };
  }

  async create(dto: CreateCohortDto): Promise<CohortDetailView> {
    const { municipality, ...fields } = dto;
    const group = await this.groups.create('koploper', fields);
    await this.db.em.insert(KoploperCohort, { groupId: group.id, partnerId: group.partnerId, municipality, prizeWinnerEnrolmentId: null });
    return this.get(group.id);
  }

  async update(id: string, dto: UpdateCohortDto): Promise<CohortDetailView> {
    await this.groups.loadOf('koploper', id);
    const { municipality, ...fields } = dto;
    await this.groups.update(id, fields);
    if (municipality !== undefined) await this.db.em.update(KoploperCohort, { groupId: id }, { municipality });
    return this.get(id);
  }

  /** The coordinator's overview: the core group with the municipality. */
  async get(id: string): Promise<CohortDetailView> {
    await this.groups.loadOf('koploper', id);
    const view = await this.groups.view(id);
    const own = await this.db.em.findOne(KoploperCohort, { where: { groupId: id } });
    return { ...view, municipality: own?.municipality ?? '' };
  }
}
