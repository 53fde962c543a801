import {
  INTERNSHIP_CONSENT_STATUSES, INTERNSHIP_NEXT_STEPS, type InternshipConsentStatus, type InternshipNextStep, type InternshipStage,
} from '@koers/domain';
import { ISO26000_ISSUE_IDS } from '@koers/reference-data';
import { NotBlank, withText } from '@koers/server-auth';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsDateString, IsEmail, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested,
} from 'class-validator';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const apply = (decorators: PropertyDecorator[]): PropertyDecorator => (target, key) => decorators.forEach((d) => d(target, key));
const day = (what: { nl: string; en: string }): PropertyDecorator[] => [
  IsDateString({ strict: true }, withText({ nl: `${what.nl}: een bestaande datum als 2026-03-01`, en: `${what.en}: an existing date like 2026-03-01` }, 'validation.date')),
  Matches(DAY, withText({ nl: `${what.nl}: een datum als 2026-03-01, zonder tijd`, en: `${what.en}: a date like 2026-03-01, without a time` }, 'validation.date')),
];
const choose = (values: readonly string[], code: string): PropertyDecorator =>
  IsIn(values as string[], withText({ nl: `Kies een van: ${values.join(', ')}`, en: `Choose one of: ${values.join(', ')}` }, code));
const email = (): PropertyDecorator => IsEmail({}, withText({ nl: 'Een e-mailadres als naam@school.nl', en: 'An e-mail address like name@school.nl' }, 'validation.email'));

// --- input ----------------------------------------------------------------------------------------

export class EducationNewStudentDto {
  @ApiProperty({ maxLength: 200, example: 'Sanne de Boer' }) @IsString() @MaxLength(200) @NotBlank({ nl: 'De naam van de student', en: "The student's name" }) name!: string;
  @ApiPropertyOptional({ maxLength: 320, example: 'sanne.deboer@student.drenthecollege.test' }) @IsOptional() @MaxLength(320) @email() email?: string;
}

/** One student, or a class: the class name and programme are shared by every student in the list. */
export class EducationRegisterStudentsDto {
  @ApiProperty({ maxLength: 100, example: 'MVO-3A', description: 'The class (klas)' }) @IsString() @MaxLength(100) @NotBlank({ nl: 'De klas', en: 'The class' }) className!: string;
  @ApiProperty({ maxLength: 200, example: 'Ondernemer detailhandel (niveau 4)' }) @IsString() @MaxLength(200) @NotBlank({ nl: 'De opleiding', en: 'The study programme' }) studyProgramme!: string;
  @ApiProperty({ type: [EducationNewStudentDto], minItems: 1, maxItems: 60 })
  @IsArray() @ArrayMinSize(1, withText({ nl: 'Noem ten minste één student', en: 'Name at least one student' }, 'education.students_empty')) @ArrayMaxSize(60)
  @ValidateNested({ each: true }) @Type(() => EducationNewStudentDto)
  students!: EducationNewStudentDto[];
}

export class EducationInternshipDto {
  @ApiProperty({ maxLength: 200, example: 'Fietsenmaker Bos' }) @IsString() @MaxLength(200) @NotBlank({ nl: 'Het stagebedrijf', en: 'The internship company' }) companyName!: string;
  @ApiPropertyOptional({ maxLength: 100, example: 'Assen' }) @IsOptional() @IsString() @MaxLength(100) municipality?: string;
  @ApiProperty({ maxLength: 200, example: 'Henk Bos', description: "The company's contact (the internship supervisor) who gives consent" })
  @IsString() @MaxLength(200) @NotBlank({ nl: 'De contactpersoon van het bedrijf', en: "The company's contact" }) contactName!: string;
  @ApiPropertyOptional({ maxLength: 320, example: 'henk@fietsenmakerbos.test' }) @IsOptional() @MaxLength(320) @email() contactEmail?: string;
  @ApiProperty({ example: '2026-02-02' }) @apply(day({ nl: 'De eerste stagedag', en: 'The first day of the internship' })) startsOn!: string;
  @ApiProperty({ example: '2026-06-26' }) @apply(day({ nl: 'De laatste stagedag', en: 'The last day of the internship' })) endsOn!: string;
}

export class EducationAmbassadorDto {
  @ApiProperty({ example: '2026-06-30', description: 'Not in the future' }) @apply(day({ nl: 'De datum van de benoeming', en: 'The date of the nomination' })) namedOn!: string;
  @ApiPropertyOptional({ maxLength: 2000, example: 'Presenteerde de scan aan het team van de fietsenmaker' }) @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

export class EducationScanAnswerDto {
  @ApiProperty({ enum: ISO26000_ISSUE_IDS, example: 'environment.pollution-prevention' })
  @IsString() @IsIn(ISO26000_ISSUE_IDS, withText({ nl: 'Onbekend ISO 26000-onderwerp', en: 'Unknown ISO 26000 issue id' }, 'iso26000.unknown_issue'))
  issueId!: string;
  @ApiPropertyOptional({ minimum: 0, maximum: 4, example: 2, description: '0 = not started ... 4 = embedded; leave out when notRelevant' })
  @IsOptional() @IsInt(withText({ nl: 'Een volwassenheid is een heel getal 0-4', en: 'A maturity is a whole number 0-4' }, 'iso26000.maturity'))
  @Min(0, withText({ nl: 'Een volwassenheid is 0-4', en: 'A maturity is 0-4' }, 'iso26000.maturity')) @Max(4, withText({ nl: 'Een volwassenheid is 0-4', en: 'A maturity is 0-4' }, 'iso26000.maturity'))
  maturity?: number;
  @ApiPropertyOptional({ enum: [true], description: 'The issue does not apply to this company (give a reason)' }) @IsOptional() @IsIn([true]) notRelevant?: true;
  @ApiPropertyOptional({ maxLength: 500 }) @IsOptional() @IsString() @MaxLength(500) reason?: string;
}

/** The student's ISO 26000 quick scan at the internship company: the same answers as the Koploper baseline's scan. */
export class EducationScanDto {
  @ApiProperty({ type: [EducationScanAnswerDto] }) @IsArray() @ArrayMinSize(1, withText({ nl: 'Beantwoord ten minste één onderwerp', en: 'Answer at least one issue' }, 'education.scan_empty')) @ArrayMaxSize(200)
  @ValidateNested({ each: true }) @Type(() => EducationScanAnswerDto)
  answers!: EducationScanAnswerDto[];
}

/** The follow-up: the student discussed the result with the company, and what it will do next. */
export class EducationFollowUpDto {
  @ApiProperty({ example: '2026-06-12', description: 'When the result was discussed; not in the future' }) @apply(day({ nl: 'De datum van het gesprek', en: 'The date of the talk' })) discussedOn!: string;
  @ApiProperty({ maxLength: 2000, example: 'Besproken met Henk: hij wil ledverlichting en afvalscheiding oppakken' })
  @IsString() @MaxLength(2000) @NotBlank({ nl: 'Wat er besproken is', en: 'What was discussed' }) note!: string;
  @ApiProperty({ enum: INTERNSHIP_NEXT_STEPS }) @choose(INTERNSHIP_NEXT_STEPS, 'education.next_step') nextStep!: InternshipNextStep;
}

export class EducationConsentDto {
  @ApiProperty({ enum: ['given', 'declined'] }) @choose(['given', 'declined'], 'education.consent_decision') decision!: 'given' | 'declined';
  @ApiProperty({ maxLength: 200, example: 'Henk Bos', description: 'Who decides for the company' }) @IsString() @MaxLength(200) @NotBlank({ nl: 'Uw naam', en: 'Your name' }) name!: string;
}

// --- views ----------------------------------------------------------------------------------------

export class EducationTextView {
  @ApiProperty() nl!: string;
  @ApiProperty() en!: string;
}

export class EducationSubjectScoreView {
  @ApiProperty({ example: 'environment' }) id!: string;
  @ApiProperty({ type: EducationTextView }) name!: EducationTextView;
  @ApiProperty({ type: Number, nullable: true, example: 62.5, description: '0-100, the mean maturity of the answered issues' }) scorePercent!: number | null;
}

/** The scan's result as the ISO 26000 calculator computed it (the worker), with its source. */
export class EducationScanResultView {
  @ApiProperty({ enum: ['pending', 'running', 'succeeded', 'failed'] }) status!: string;
  @ApiProperty({ example: 'iso26000.scan' }) pluginId!: string;
  @ApiProperty({ example: '1.0.0' }) pluginVersion!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) computedAt!: Date | null;
  @ApiProperty({ type: Number, nullable: true, example: 51.8 }) overallPercent!: number | null;
  @ApiProperty({ type: [EducationSubjectScoreView] }) coreSubjects!: EducationSubjectScoreView[];
}

export class EducationScanView {
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ type: String, format: 'date-time' }) submittedAt!: Date;
  @ApiProperty({ description: 'All 37 issues answered' }) complete!: boolean;
  @ApiProperty({ example: 37 }) answered!: number;
  @ApiProperty({ type: [EducationScanAnswerDto] }) answers!: EducationScanAnswerDto[];
  @ApiProperty({ type: EducationScanResultView, nullable: true }) result!: EducationScanResultView | null;
}

export class EducationFollowUpView {
  @ApiProperty() discussedOn!: string;
  @ApiProperty() note!: string;
  @ApiProperty({ enum: INTERNSHIP_NEXT_STEPS }) nextStep!: InternshipNextStep;
  @ApiProperty({ type: EducationTextView }) nextStepLabel!: EducationTextView;
}

export class EducationInternshipView {
  @ApiProperty() id!: string;
  @ApiProperty() studentId!: string;
  @ApiProperty() studentName!: string;
  @ApiProperty() companyName!: string;
  @ApiProperty({ type: String, nullable: true }) municipality!: string | null;
  @ApiProperty() contactName!: string;
  @ApiProperty() startsOn!: string;
  @ApiProperty() endsOn!: string;
  @ApiProperty({ enum: INTERNSHIP_CONSENT_STATUSES }) consentStatus!: InternshipConsentStatus;
  @ApiProperty({ type: EducationTextView }) consentLabel!: EducationTextView;
  @ApiProperty({ type: String, nullable: true }) consentBy!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) consentAt!: Date | null;
  @ApiProperty({ type: String, nullable: true, description: 'The company in the journey, once it consented (lead of source education at the school)' }) organisationId!: string | null;
  @ApiProperty({ enum: ['consent', 'scan', 'follow_up', 'done', 'declined'] }) stage!: InternshipStage;
  @ApiProperty({ type: EducationScanView, nullable: true }) scan!: EducationScanView | null;
  @ApiProperty({ type: EducationFollowUpView, nullable: true }) followUp!: EducationFollowUpView | null;
}

export class EducationCreatedInternshipView extends EducationInternshipView {
  @ApiProperty({ description: "The company's consent page, shown once (only a hash is stored): give it to the company's contact" }) consentLink!: string;
}

export class EducationAmbassadorView {
  @ApiProperty() namedOn!: string;
  @ApiProperty() note!: string;
}

export class EducationStudentView {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
  @ApiProperty() className!: string;
  @ApiProperty() studyProgramme!: string;
  @ApiProperty() schoolName!: string;
  @ApiProperty({ type: EducationAmbassadorView, nullable: true, description: 'Named junior MVO ambassador' }) ambassador!: EducationAmbassadorView | null;
  @ApiProperty({ type: EducationTextView, nullable: true, description: 'Why the student cannot be named ambassador yet; null when it can (or is)' }) ambassadorRefusal!: EducationTextView | null;
  @ApiProperty({ type: [EducationInternshipView] }) internships!: EducationInternshipView[];
}

export class EducationScanIssueView {
  @ApiProperty({ example: 'environment.climate-change' }) id!: string;
  @ApiProperty({ example: '6.5.5' }) clause!: string;
  @ApiProperty({ type: EducationTextView }) name!: EducationTextView;
}

export class EducationScanSubjectView {
  @ApiProperty({ example: 'environment' }) id!: string;
  @ApiProperty({ example: '6.5' }) clause!: string;
  @ApiProperty({ type: EducationTextView }) name!: EducationTextView;
  @ApiProperty({ type: [EducationScanIssueView] }) issues!: EducationScanIssueView[];
}

/** The student's own page: the student's rows and the scan's questions (ISO 26000 clause 6: 7 core subjects, 37 issues). */
export class EducationStudentPageView extends EducationStudentView {
  @ApiProperty({ type: [EducationScanSubjectView] }) coreSubjects!: EducationScanSubjectView[];
}

export class EducationRegisteredStudentView extends EducationStudentView {
  @ApiProperty({ description: "The student's personal page, shown once (only a hash is stored)" }) studentLink!: string;
}

export class EducationRegisteredListView {
  @ApiProperty({ type: [EducationRegisteredStudentView] }) items!: EducationRegisteredStudentView[];
}

export class EducationSchoolFiguresView {
  @ApiProperty({ example: 12 }) students!: number;
  @ApiProperty({ example: 9, description: 'Internship companies that consented' }) companies!: number;
  @ApiProperty({ example: 7, description: 'Scans handed in' }) scans!: number;
  @ApiProperty({ example: 3, description: 'Junior MVO ambassadors' }) ambassadors!: number;
}

export class EducationStudentListView {
  @ApiProperty({ type: [EducationStudentView] }) items!: EducationStudentView[];
  @ApiProperty({ type: EducationSchoolFiguresView, description: "The school's own figures, counted from the rows listed" }) figures!: EducationSchoolFiguresView;
}

export class EducationStudentLinkView {
  @ApiProperty({ description: 'The new personal page; the old link no longer works' }) studentLink!: string;
}

/** What the company's contact sees on its consent page, and later its scan. */
export class EducationConsentPageView {
  @ApiProperty() schoolName!: string;
  @ApiProperty() studentName!: string;
  @ApiProperty({ type: EducationInternshipView }) internship!: EducationInternshipView;
}
