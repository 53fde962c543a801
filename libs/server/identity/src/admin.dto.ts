import { ROLES, type Role } from '@koers/domain';
import { PageQueryDto, withText } from '@koers/server-auth';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

/** The administrator's pages (/beheer): one membership of the partner with its person. */
export class AdminMemberView {
  @ApiProperty({ format: 'uuid' }) membershipId!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() email!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ type: String, nullable: true, description: 'The organisation a participant acts for' }) organisationId!: string | null;
  @ApiProperty({ type: String, nullable: true }) organisationName!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ description: 'The account is disabled (it cannot sign in anywhere)' }) disabled!: boolean;
}

export class AdminMemberListView {
  @ApiProperty({ type: [AdminMemberView] }) items!: AdminMemberView[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export class ChangeMemberRoleDto {
  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES as unknown as string[], withText({ nl: `Kies een rol: ${ROLES.join(', ')}`, en: `Choose a role: ${ROLES.join(', ')}` }, 'validation.role'))
  role!: Role;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = (what: { nl: string; en: string }): PropertyDecorator[] => [
  IsDateString({ strict: true }, withText({ nl: `${what.nl}: een bestaande datum als 2026-03-01`, en: `${what.en}: an existing date like 2026-03-01` }, 'validation.date')),
  Matches(DAY, withText({ nl: `${what.nl}: een datum als 2026-03-01, zonder tijd`, en: `${what.en}: a date like 2026-03-01, without a time` }, 'validation.date')),
];
const apply = (decorators: PropertyDecorator[]): PropertyDecorator => (target, key) => decorators.forEach((d) => d(target, key));

export class AuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ maxLength: 64, description: 'Only entries about this entity (its code name, e.g. Membership, Organisation)' })
  @IsOptional() @IsString() @MaxLength(64)
  entity?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only entries by this person' })
  @IsOptional() @IsUUID('all', withText({ nl: 'Kies een persoon uit de lijst', en: 'Choose a person from the list' }, 'validation.uuid'))
  actorUserId?: string;

  @ApiPropertyOptional({ format: 'date', description: 'From this day (Dutch time), inclusive' })
  @IsOptional() @apply(day({ nl: 'Vanaf', en: 'From' }))
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Up to and including this day (Dutch time)' })
  @IsOptional() @apply(day({ nl: 'Tot en met', en: 'To' }))
  to?: string;
}

export class AuditEntryView {
  @ApiProperty({ description: 'Increasing number (bigint as text)' }) id!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ type: String, nullable: true }) partnerId!: string | null;
  @ApiProperty({ type: String, nullable: true }) actorUserId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Who did it (null when nobody signed in, or no longer visible to this partner)' }) actorName!: string | null;
  @ApiProperty({ type: String, nullable: true }) actorEmail!: string | null;
  @ApiProperty({ example: 'update', description: 'insert, update, delete, or a named action (invite, role_change, remove, sign_in, …)' }) action!: string;
  @ApiProperty({ example: 'Membership' }) entity!: string;
  @ApiProperty({ type: String, nullable: true }) entityId!: string | null;
  @ApiProperty({ type: String, nullable: true }) requestId!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: 'What changed (values over 4000 bytes answered by their size)' })
  changes!: Record<string, unknown> | null;
}

export class AuditPageView {
  @ApiProperty({ type: [AuditEntryView] }) items!: AuditEntryView[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}
