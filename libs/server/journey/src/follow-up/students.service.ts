import { Injectable } from '@nestjs/common';
import { BadInputError, Db, nameEntity, Organisation, Student, StudentAssignment } from '@koers/server-db';
import type { AssignmentView, CreateAssignmentDto, CreateStudentDto, StudentView, UpdateAssignmentDto } from './follow-up.dto';

nameEntity('Student', { nl: 'Student', en: 'Student' });
nameEntity('StudentAssignment', { nl: 'Opdracht van een student', en: "Student's task" });

interface AssignmentRow {
  id: string; student_id: string; student_name: string; institution: string; study_programme: string; period_start: string; period_end: string;
  organisation_id: string; organisation_name: string | null; task: string; status: AssignmentView['status']; result: string;
}

/** Students of a school or university who help companies carry out their plans, and their tasks there. */
@Injectable()
export class StudentsService {
  constructor(private readonly db: Db) {}

  async list(): Promise<StudentView[]> {
    const students = await this.db.em.find(Student, { order: { periodStart: 'DESC', name: 'ASC' } });
    const assignments = await this.assignments({});
    return students.map((s) => ({
      id: s.id, name: s.name, email: s.email, institution: s.institution, studyProgramme: s.studyProgramme, periodStart: s.periodStart, periodEnd: s.periodEnd,
      assignments: assignments.filter((a) => a.studentId === s.id),
    }));
  }

  async create(dto: CreateStudentDto): Promise<StudentView> {
    checkPeriod(dto.periodStart, dto.periodEnd);
    const id = this.db.newId();
    await this.db.em.insert(Student, {
      id, partnerId: this.db.tenant.partnerId, name: dto.name.trim(), email: dto.email?.toLowerCase() ?? null, institution: dto.institution.trim(), studyProgramme: dto.studyProgramme.trim(), periodStart: dto.periodStart, periodEnd: dto.periodEnd,
    });
    return this.one(id);
  }

  async update(id: string, dto: Partial<CreateStudentDto>): Promise<StudentView> {
    const s = await this.db.findOwned(Student, id);
    checkPeriod(dto.periodStart ?? s.periodStart, dto.periodEnd ?? s.periodEnd);
    await this.db.em.update(Student, { id }, {
      ...(dto.name !== undefined && { name: dto.name.trim() }), ...(dto.email !== undefined && { email: dto.email.toLowerCase() }), ...(dto.institution !== undefined && { institution: dto.institution.trim() }),
      ...(dto.studyProgramme !== undefined && { studyProgramme: dto.studyProgramme.trim() }), ...(dto.periodStart !== undefined && { periodStart: dto.periodStart }), ...(dto.periodEnd !== undefined && { periodEnd: dto.periodEnd }),
    });
    return this.one(id);
  }

  /** The company must be one this partner sees (a body field: 400, not 404). */
  async assign(studentId: string, dto: CreateAssignmentDto): Promise<AssignmentView> {
    const student = await this.db.findOwned(Student, studentId);
    const [visible] = await this.db.em.query(`select 1 from organisation where id = $1`, [dto.organisationId]);
    if (!visible) throw new BadInputError('organisationId', { nl: 'Dit bedrijf is bij uw organisatie niet bekend', en: 'Your organisation does not know this company' }, { code: 'student.unknown_organisation' });
    const id = this.db.newId();
    await this.db.em.insert(StudentAssignment, { id, partnerId: student.partnerId, studentId, organisationId: dto.organisationId, task: dto.task.trim() });
    return (await this.assignments({ ids: [id] }))[0];
  }

  async updateAssignment(id: string, dto: UpdateAssignmentDto): Promise<AssignmentView> {
    const a = await this.db.findOwned(StudentAssignment, id);
    const status = dto.status ?? a.status;
    const result = dto.result !== undefined ? dto.result.trim() : a.result;
    if (status === 'done' && !result) {
      throw new BadInputError('result', { nl: 'Een afgeronde opdracht heeft een resultaat', en: 'A finished task has a result' }, { code: 'student.result_required' });
    }
    await this.db.em.update(StudentAssignment, { id }, { status, result, updatedAt: new Date() });
    return (await this.assignments({ ids: [id] }))[0];
  }

  /** A company's tasks at this partner; the company itself sees its own (row-level security). */
  ofOrganisation(organisationId: string): Promise<AssignmentView[]> {
    return this.assignments({ organisationId });
  }

  /** This partner (or the company itself) sees the organisation, else 404. */
  async assertSees(organisationId: string): Promise<void> {
    await this.db.findOwned(Organisation, organisationId);
  }

  private async one(id: string): Promise<StudentView> {
    return (await this.list()).find((s) => s.id === id) as StudentView;
  }

  private async assignments(where: { organisationId?: string; ids?: string[] }): Promise<AssignmentView[]> {
    const rows: AssignmentRow[] = await this.db.em.query(
      `select a.id, a.student_id, s.name as student_name, s.institution, s.study_programme, to_char(s.period_start, 'YYYY-MM-DD') as period_start, to_char(s.period_end, 'YYYY-MM-DD') as period_end,
              a.organisation_id, o.name as organisation_name, a.task, a.status, a.result
       from student_assignment a join student s on s.id = a.student_id left join organisation o on o.id = a.organisation_id
       where ($1::uuid is null or a.organisation_id = $1) and ($2::uuid[] is null or a.id = any($2))
       order by a.created_at`,
      [where.organisationId ?? null, where.ids ?? null],
    );
    return rows.map((r) => ({
      id: r.id, studentId: r.student_id, studentName: r.student_name, institution: r.institution, studyProgramme: r.study_programme, periodStart: r.period_start, periodEnd: r.period_end,
      organisationId: r.organisation_id, organisationName: r.organisation_name, task: r.task, status: r.status, result: r.result,
    }));
  }
}

function checkPeriod(start: string, end: string) {
  if (end < start) throw new BadInputError('periodEnd', { nl: 'De periode eindigt voor ze begint', en: 'The period ends before it starts' }, { code: 'student.period' });
}
