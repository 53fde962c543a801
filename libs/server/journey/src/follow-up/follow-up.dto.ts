import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FOLLOW_UP_OUTCOMES, HELP_NEEDS, MAX_FOLLOW_UP_WEEKS, STEP_KEYS, STUDENT_TASK_STATUSES, type FollowUpOutcome, type HelpNeed, type StepKey, type StudentTaskStatus } from '@koers/domain';
import { NotBlank, withText } from '@koers/server-auth';
import { SessionView } from '@koers/server-programme';
import { ArrayMaxSize, IsArray, IsDateString, IsEmail, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

export const FOLLOW_UP_STATES = ['planned', 'due', 'overdue', 'done', 'cancelled'] as const;
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number];
/** What the worklist shows: the open calls (due and planned, the default), one state, or everything. */
export const WORKLIST_FILTERS = ['open', 'due', 'planned', 'done', 'all'] as const;
export type WorklistFilter = (typeof WORKLIST_FILTERS)[number];

const isoDate = (what: { nl: string; en: string }) => withText({ nl: `${what.nl}: een datum als 2026-03-01`, en: `${what.en}: a date like 2026-03-01` }, 'validation.date');

export class FollowUpSettingsDto {
  @ApiProperty({ example: 6, minimum: 0, maximum: MAX_FOLLOW_UP_WEEKS, description: 'Weeks after a group closes until its follow-up calls are due' })
  @IsInt(withText({ nl: 'Het aantal weken is een geheel getal', en: 'The number of weeks is a whole number' }, 'follow_up.weeks'))
  @Min(0, withText({ nl: `Het aantal weken ligt tussen 0 en ${MAX_FOLLOW_UP_WEEKS}`, en: `The number of weeks is between 0 and ${MAX_FOLLOW_UP_WEEKS}` }, 'follow_up.weeks'))
  @Max(MAX_FOLLOW_UP_WEEKS, withText({ nl: `Het aantal weken ligt tussen 0 en ${MAX_FOLLOW_UP_WEEKS}`, en: `The number of weeks is between 0 and ${MAX_FOLLOW_UP_WEEKS}` }, 'follow_up.weeks'))
  weeks!: number;
}

export class FollowUpSettingsView {
  @ApiProperty({ example: 6 }) weeks!: number;
  @ApiProperty({ example: 6, description: 'The period when the partner sets none' }) default!: number;
}

export class WorklistQuery {
  @ApiPropertyOptional({ enum: WORKLIST_FILTERS, description: 'open (default): due, overdue and planned calls' })
  @IsOptional()
  @IsIn(WORKLIST_FILTERS as unknown as string[], withText({ nl: `Kies: ${WORKLIST_FILTERS.join(', ')}`, en: `Choose: ${WORKLIST_FILTERS.join(', ')}` }, 'follow_up.state'))
  state?: WorklistFilter;
}

export class RecordCallDto {
  @ApiProperty({ enum: FOLLOW_UP_OUTCOMES })
  @IsIn(FOLLOW_UP_OUTCOMES as unknown as string[], withText({ nl: 'Kies wat er met de plannen is gebeurd: opgepakt, in de la of uitgevoerd', en: 'Choose what became of the plans: picked up, in the drawer or carried out' }, 'follow_up.outcome'))
  outcome!: FollowUpOutcome;
  @ApiProperty({ enum: HELP_NEEDS, isArray: true })
  @IsArray()
  @ArrayMaxSize(HELP_NEEDS.length)
  @IsIn(HELP_NEEDS as unknown as string[], { each: true, ...withText({ nl: `Hulp is een van: ${HELP_NEEDS.join(', ')}`, en: `Help is one of: ${HELP_NEEDS.join(', ')}` }, 'follow_up.help') })
  helpNeeded!: HelpNeed[];
  @ApiPropertyOptional({ example: 'Ovens gaan in het voorjaar over; zoekt een lening' }) @IsOptional() @IsString() @MaxLength(5000) note?: string;
  @ApiPropertyOptional({ example: '2027-03-01', description: 'The next contact: after today and after the call was due; it becomes a new task' })
  @IsOptional()
  @IsDateString({ strict: true }, isoDate({ nl: 'Volgend contact', en: 'Next contact' }))
  nextContactOn?: string;
}

export class CancelFollowUpDto {
  @ApiProperty({ example: 'Bedrijf gestopt' }) @IsString() @MaxLength(2000) @NotBlank({ nl: 'De reden', en: 'The reason' }) reason!: string;
}

export class FeedbackSessionDto {
  @ApiProperty({ example: '2027-02-10T16:00:00+01:00' }) @IsDateString({ strict: true }, isoDate({ nl: 'Begin', en: 'Start' })) startsAt!: string;
  @ApiPropertyOptional({ example: '2027-02-10T18:00:00+01:00' }) @IsOptional() @IsDateString({ strict: true }, isoDate({ nl: 'Einde', en: 'End' })) endsAt?: string;
  @ApiProperty({ example: 'Gemeentehuis Assen' }) @IsString() @MaxLength(200) @NotBlank({ nl: 'De plaats', en: 'The location' }) location!: string;
  @ApiPropertyOptional({ example: 'Terugkomsessie Koplopergroep Assen' }) @IsOptional() @IsString() @MaxLength(200) @NotBlank({ nl: 'De titel', en: 'The title' }) title?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) agenda?: string;
}

export class CreateStudentDto {
  @ApiProperty({ example: 'Sanne Bakker' }) @IsString() @MaxLength(200) @NotBlank({ nl: 'De naam', en: 'The name' }) name!: string;
  @ApiPropertyOptional({ example: 'sanne.bakker@student.hanze.nl' }) @IsOptional() @IsEmail({}, withText({ nl: 'Geen geldig e-mailadres', en: 'Not a valid e-mail address' }, 'validation.email')) @MaxLength(254) email?: string;
  @ApiProperty({ example: 'Hanzehogeschool Groningen' }) @IsString() @MaxLength(200) @NotBlank({ nl: 'De school', en: 'The school' }) institution!: string;
  @ApiProperty({ example: 'Bedrijfskunde' }) @IsString() @MaxLength(200) @NotBlank({ nl: 'De opleiding', en: 'The study programme' }) studyProgramme!: string;
  @ApiProperty({ example: '2027-02-01' }) @IsDateString({ strict: true }, isoDate({ nl: 'Begin van de periode', en: 'Start of the period' })) periodStart!: string;
  @ApiProperty({ example: '2027-06-30' }) @IsDateString({ strict: true }, isoDate({ nl: 'Einde van de periode', en: 'End of the period' })) periodEnd!: string;
}

export class CreateAssignmentDto {
  @ApiProperty() @IsUUID('all', withText({ nl: 'Kies een bedrijf', en: 'Choose a company' }, 'validation.uuid')) organisationId!: string;
  @ApiProperty({ example: 'Plan voor inzameling van restverf' }) @IsString() @MaxLength(2000) @NotBlank({ nl: 'De opdracht', en: 'The task' }) task!: string;
}

export class UpdateAssignmentDto {
  @ApiPropertyOptional({ enum: STUDENT_TASK_STATUSES })
  @IsOptional()
  @IsIn(STUDENT_TASK_STATUSES as unknown as string[], withText({ nl: `Kies: ${STUDENT_TASK_STATUSES.join(', ')}`, en: `Choose: ${STUDENT_TASK_STATUSES.join(', ')}` }, 'student.status'))
  status?: StudentTaskStatus;
  @ApiPropertyOptional({ description: 'Required (not blank) when the task is done' }) @IsOptional() @IsString() @MaxLength(5000) result?: string;
}

class NamedRef {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
}
class GroupRef extends NamedRef {
  @ApiProperty({ enum: STEP_KEYS }) step!: StepKey;
}
class ContactView {
  @ApiProperty() name!: string;
  @ApiProperty() email!: string;
}

export class FollowUpView {
  @ApiProperty() id!: string;
  @ApiProperty({ type: NamedRef }) organisation!: NamedRef;
  @ApiProperty({ type: GroupRef, nullable: true }) group!: GroupRef | null;
  @ApiProperty({ example: '2027-01-14' }) dueOn!: string;
  @ApiProperty({ enum: FOLLOW_UP_STATES }) state!: FollowUpState;
  @ApiProperty({ type: Number, nullable: true, description: 'Days past the due date while open' }) daysOverdue!: number | null;
  @ApiProperty({ enum: FOLLOW_UP_OUTCOMES, nullable: true }) outcome!: FollowUpOutcome | null;
  @ApiProperty({ enum: HELP_NEEDS, isArray: true }) helpNeeded!: HelpNeed[];
  @ApiProperty() note!: string;
  @ApiProperty({ type: String, nullable: true }) nextContactOn!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) recordedAt!: Date | null;
  @ApiProperty({ type: String, nullable: true }) recordedBy!: string | null;
  @ApiProperty({ type: String, nullable: true }) previousTaskId!: string | null;
  @ApiProperty({ type: ContactView, nullable: true, description: "The company's participant user at this partner, whom to call" }) contact!: ContactView | null;
}

class WorklistCounts {
  @ApiProperty() due!: number;
  @ApiProperty() overdue!: number;
  @ApiProperty() planned!: number;
  @ApiProperty() done!: number;
}

export class WorklistView {
  @ApiProperty({ type: [FollowUpView] }) items!: FollowUpView[];
  @ApiProperty({ type: WorklistCounts }) counts!: WorklistCounts;
}

export class FollowUpListView {
  @ApiProperty({ type: [FollowUpView] }) items!: FollowUpView[];
}

export class CallRecordedView {
  @ApiProperty({ type: FollowUpView }) task!: FollowUpView;
  @ApiProperty({ type: FollowUpView, nullable: true }) next!: FollowUpView | null;
}

class UnreachedView {
  @ApiProperty() organisationName!: string;
}
export class FeedbackSessionView {
  @ApiProperty({ type: SessionView }) session!: SessionView;
  @ApiProperty({ description: 'Participant users mailed' }) invited!: number;
  @ApiProperty({ type: [UnreachedView], description: 'Organisations without a participant user to mail' }) notReached!: UnreachedView[];
}

export class AssignmentView {
  @ApiProperty() id!: string;
  @ApiProperty() studentId!: string;
  @ApiProperty() studentName!: string;
  @ApiProperty() institution!: string;
  @ApiProperty() studyProgramme!: string;
  @ApiProperty() periodStart!: string;
  @ApiProperty() periodEnd!: string;
  @ApiProperty() organisationId!: string;
  @ApiProperty({ type: String, nullable: true }) organisationName!: string | null;
  @ApiProperty() task!: string;
  @ApiProperty({ enum: STUDENT_TASK_STATUSES }) status!: StudentTaskStatus;
  @ApiProperty() result!: string;
}

export class StudentView {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
  @ApiProperty() institution!: string;
  @ApiProperty() studyProgramme!: string;
  @ApiProperty() periodStart!: string;
  @ApiProperty() periodEnd!: string;
  @ApiProperty({ type: [AssignmentView] }) assignments!: AssignmentView[];
}

export class StudentListView {
  @ApiProperty({ type: [StudentView] }) items!: StudentView[];
}

export class AssignmentListView {
  @ApiProperty({ type: [AssignmentView] }) items!: AssignmentView[];
}
