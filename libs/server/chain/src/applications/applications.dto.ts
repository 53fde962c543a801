import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CHAIN_ROLES, type ChainRole } from '@koers/domain';
import { withText } from '@koers/server-auth';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEmail, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';

export const APPLICATION_STATUSES = ['submitted', 'accepted', 'declined'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

const NOT_BLANK = /\S/;
const notBlank = (what: { nl: string; en: string }) => withText({ nl: `${what.nl} mag niet leeg zijn`, en: `${what.en} must not be empty` }, 'validation.blank');
const chainRoleText = withText(
  { nl: `Kies een rol in de keten: ${CHAIN_ROLES.join(', ')}`, en: `Choose a role in the chain: ${CHAIN_ROLES.join(', ')}` },
  'chain.chain_role',
);

export class ApplicationQuery {
  @ApiPropertyOptional({ enum: APPLICATION_STATUSES, description: 'Only the applications with this status' }) @IsOptional() @IsIn(APPLICATION_STATUSES as unknown as string[]) status?: ApplicationStatus;
}

export class ApplicationMemberDto {
  @ApiProperty({ example: 'Hennepcoöperatie Noord', description: 'A company of the chain, by name (unique within the application)' })
  @IsString()
  @MaxLength(200)
  @Matches(NOT_BLANK, notBlank({ nl: 'De naam', en: 'The name' }))
  name!: string;
  @ApiPropertyOptional({ example: 'info@hennepnoord.test', description: 'Where it is invited when the project starts' }) @IsOptional() @IsEmail() @MaxLength(254) email?: string;
  @ApiProperty({ enum: CHAIN_ROLES }) @IsIn(CHAIN_ROLES as unknown as string[], chainRoleText) chainRole!: ChainRole;
}

export class CreateApplicationDto {
  @ApiProperty({ example: 'Hennep to House' }) @IsString() @MaxLength(200) @Matches(NOT_BLANK, notBlank({ nl: 'De titel', en: 'The title' })) title!: string;
  @ApiProperty({ example: 'Van hennepteelt tot isolatieplaat in de regio' }) @IsString() @MaxLength(5000) description!: string;
  @ApiProperty({ type: [ApplicationMemberDto], description: 'The other companies of the chain: 1 to 30, each name once' })
  @IsArray()
  @ArrayMinSize(1, withText({ nl: 'Noem minstens één ander bedrijf uit de keten', en: 'Name at least one other company of the chain' }, 'chain.application_members'))
  @ArrayMaxSize(30, withText({ nl: 'Een aanvraag noemt hoogstens 30 bedrijven', en: 'An application names at most 30 companies' }, 'chain.application_members'))
  @ValidateNested({ each: true })
  @Type(() => ApplicationMemberDto)
  members!: ApplicationMemberDto[];
  @ApiPropertyOptional({ description: 'The applying organisation: required when a coordinator submits on its behalf; a company user applies for its own' })
  @IsOptional()
  @IsUUID()
  applicantOrganisationId?: string;
}

export class DeclineApplicationDto {
  @ApiProperty({ example: 'De keten past beter in de volgende ronde' }) @IsString() @MaxLength(2000) @Matches(NOT_BLANK, notBlank({ nl: 'De reden', en: 'The reason' })) reason!: string;
}

// Answers.

const dateTime = { type: String, format: 'date-time' } as const;

export class ApplicationMemberView {
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
  @ApiProperty({ enum: CHAIN_ROLES }) chainRole!: ChainRole;
}

export class ApplicationView {
  @ApiProperty() id!: string;
  @ApiProperty() applicantOrganisationId!: string;
  @ApiProperty({ type: String, nullable: true, example: 'Bakkerij De Vries' }) applicantName!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ type: [ApplicationMemberView] }) members!: ApplicationMemberView[];
  @ApiProperty({ enum: APPLICATION_STATUSES }) status!: ApplicationStatus;
  @ApiProperty({ type: String, nullable: true, description: 'The chain project it became, once accepted' }) projectId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why it was declined' }) declineReason!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) declinedAt!: Date | null;
  @ApiProperty({ type: String, nullable: true, description: 'The user who submitted it' }) submittedBy!: string | null;
  @ApiProperty(dateTime) createdAt!: Date;
}

export class ApplicationListView {
  @ApiProperty({ type: [ApplicationView] }) items!: ApplicationView[];
  @ApiProperty() total!: number;
}
