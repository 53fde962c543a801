import {
  ALLIANCE_AMBITIONS, CONTRACT_POINTS, CONTRIBUTION_FORMS, FULFILMENT_STATUSES, PARTNER_KINDS,
  type AllianceAmbition, type ContractPoint, type ContributionForm, type FulfilmentStatus, type PartnerKind,
} from '@koers/domain';
import { NotBlank, withText } from '@koers/server-auth';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUrl, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { AllianceTextView, apply, choose, day, euros } from '../inputs';

// --- inputs ---------------------------------------------------------------------------------------

export class UpdateAlliancePartnerDto {
  @ApiPropertyOptional({ enum: PARTNER_KINDS }) @IsOptional() @choose(PARTNER_KINDS, 'alliance.partner_kind') kind?: PartnerKind;
  @ApiPropertyOptional({ maxLength: 2000, example: 'Regionaal netwerk voor duurzaam ondernemen in Drenthe' }) @IsOptional() @IsString() @MaxLength(2000) description?: string;
}

export class ContractDto {
  @ApiProperty({ example: '2016-01-15', description: 'The day the contract was signed; not in the future' }) @apply(day({ nl: 'De datum van ondertekening', en: 'The signing date' })) signedOn!: string;
  @ApiProperty({ maxLength: 200, example: 'Toine Straatman, bestuurder' }) @IsString() @MaxLength(200) @NotBlank({ nl: 'Wie tekende', en: 'Who signed' }) signedBy!: string;
  @ApiPropertyOptional({ maxLength: 5000 }) @IsOptional() @IsString() @MaxLength(5000) note?: string;
}

export class CommitmentDto {
  @ApiProperty({ enum: CONTRACT_POINTS, description: 'Which of the five points of the contract' }) @choose(CONTRACT_POINTS, 'alliance.contract_point') point!: ContractPoint;
  @ApiProperty({ maxLength: 5000, example: 'Wij organiseren twee Koplopergroepen per jaar in Drenthe' }) @IsString() @MaxLength(5000) @NotBlank({ nl: 'Wat de partner toezegt', en: 'What the partner commits to' }) description!: string;
  @ApiPropertyOptional({ enum: ALLIANCE_AMBITIONS, description: 'Required for point own_contribution, not allowed on the others' }) @IsOptional() @choose(ALLIANCE_AMBITIONS, 'alliance.ambition') ambition?: AllianceAmbition;
  @ApiPropertyOptional({ description: 'For point platform: the CSR platform the partner takes part in' })
  @IsOptional()
  @IsUUID('all', withText({ nl: 'Kies een MVO-platform', en: 'Choose a CSR platform' }, 'validation.uuid'))
  platformId?: string;
  @ApiPropertyOptional({ enum: CONTRIBUTION_FORMS, description: 'Required for point contribution' }) @IsOptional() @choose(CONTRIBUTION_FORMS, 'alliance.contribution_form') contributionForm?: ContributionForm;
  @ApiPropertyOptional({ example: 5000, description: 'Euros (the value of a contribution in kind), at most 2 decimals; required for point contribution' }) @IsOptional() @apply(euros) amountEur?: number;
}

export class UpdateCommitmentDto {
  @ApiPropertyOptional({ maxLength: 5000 }) @IsOptional() @IsString() @MaxLength(5000) @NotBlank({ nl: 'Wat de partner toezegt', en: 'What the partner commits to' }) description?: string;
  @ApiPropertyOptional({ enum: ALLIANCE_AMBITIONS }) @IsOptional() @choose(ALLIANCE_AMBITIONS, 'alliance.ambition') ambition?: AllianceAmbition;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'For point platform; null removes it' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID('all', withText({ nl: 'Kies een MVO-platform', en: 'Choose a CSR platform' }, 'validation.uuid'))
  platformId?: string | null;
  @ApiPropertyOptional({ enum: CONTRIBUTION_FORMS }) @IsOptional() @choose(CONTRIBUTION_FORMS, 'alliance.contribution_form') contributionForm?: ContributionForm;
  @ApiPropertyOptional({ example: 5000 }) @IsOptional() @apply(euros) amountEur?: number;
}

export class FulfilmentDto {
  @ApiProperty({ example: '2026-06-30', description: 'The day this state was reached or checked; not in the future' }) @apply(day({ nl: 'De datum', en: 'The date' })) recordedOn!: string;
  @ApiProperty({ enum: FULFILMENT_STATUSES }) @choose(FULFILMENT_STATUSES, 'alliance.fulfilment_status') status!: FulfilmentStatus;
  @ApiPropertyOptional({ maxLength: 5000, example: 'Logo en verslag op onze website' }) @IsOptional() @IsString() @MaxLength(5000) note?: string;
  @ApiPropertyOptional({ maxLength: 2000, example: 'https://www.example.nl/nieuws/mvo-alliantie', description: 'A link to the evidence (http or https); a file is attached with POST .../evidence' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, withText({ nl: 'Een link die begint met https:// of http://', en: 'A link starting with https:// or http://' }, 'validation.url'))
  evidenceUrl?: string;
}

// --- views ----------------------------------------------------------------------------------------

export class AlliancePartnerRefView {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'mvo-noord' }) slug!: string;
  @ApiProperty({ example: 'MVO Alliantie Noord-Nederland' }) name!: string;
}

export class EvidenceFileView {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'verslag-2026.pdf' }) filename!: string;
  @ApiProperty({ example: 'application/pdf' }) contentType!: string;
  @ApiProperty({ example: 120334 }) sizeBytes!: number;
}

export class FulfilmentView {
  @ApiProperty() id!: string;
  @ApiProperty({ example: '2026-06-30' }) recordedOn!: string;
  @ApiProperty({ enum: FULFILMENT_STATUSES }) status!: FulfilmentStatus;
  @ApiProperty({ type: AllianceTextView }) statusLabel!: AllianceTextView;
  @ApiProperty() note!: string;
  @ApiProperty({ type: String, nullable: true }) evidenceUrl!: string | null;
  @ApiProperty({ type: EvidenceFileView, nullable: true, description: 'Download with GET /api/alliance/fulfilments/{id}/evidence' }) evidenceFile!: EvidenceFileView | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
}

export class CommitmentPlatformView {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'MVO-platform Assen' }) name!: string;
}

export class CommitmentView {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: CONTRACT_POINTS }) point!: ContractPoint;
  @ApiProperty({ type: AllianceTextView }) pointLabel!: AllianceTextView;
  @ApiProperty() description!: string;
  @ApiProperty({ enum: ALLIANCE_AMBITIONS, nullable: true }) ambition!: AllianceAmbition | null;
  @ApiProperty({ type: CommitmentPlatformView, nullable: true }) platform!: CommitmentPlatformView | null;
  @ApiProperty({ enum: CONTRIBUTION_FORMS, nullable: true }) contributionForm!: ContributionForm | null;
  @ApiProperty({ type: Number, nullable: true, example: 5000 }) amountEur!: number | null;
  @ApiProperty({ enum: FULFILMENT_STATUSES, description: 'The newest entry\'s status; not_yet while there is none' }) status!: FulfilmentStatus;
  @ApiProperty({ type: AllianceTextView }) statusLabel!: AllianceTextView;
  @ApiProperty({ type: String, nullable: true, example: '2026-06-30', description: 'Date of the newest entry' }) statusOn!: string | null;
  @ApiProperty({ type: [FulfilmentView], description: 'Newest first' }) fulfilments!: FulfilmentView[];
}

export class FulfilmentSummaryView {
  @ApiProperty({ example: 5 }) total!: number;
  @ApiProperty({ example: 3 }) met!: number;
  @ApiProperty({ example: 1 }) partly!: number;
  @ApiProperty({ example: 1 }) notYet!: number;
  @ApiProperty({ description: 'At least one commitment and all of them met' }) allMet!: boolean;
}

export class PartnerContractView {
  @ApiProperty() id!: string;
  @ApiProperty({ type: AlliancePartnerRefView }) partner!: AlliancePartnerRefView;
  @ApiProperty({ example: '2016-01-15' }) signedOn!: string;
  @ApiProperty({ example: 'Toine Straatman, bestuurder' }) signedBy!: string;
  @ApiProperty() note!: string;
  @ApiProperty({ type: [CommitmentView], description: "In the contract's order of points, then oldest first" }) commitments!: CommitmentView[];
  @ApiProperty({ type: FulfilmentSummaryView }) summary!: FulfilmentSummaryView;
  @ApiProperty({ description: 'The reader may change the contract (its own partner, or the secretariat), given the role' }) canEdit!: boolean;
}

export class OverviewCommitmentView {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: CONTRACT_POINTS }) point!: ContractPoint;
  @ApiProperty() description!: string;
  @ApiProperty({ enum: FULFILMENT_STATUSES }) status!: FulfilmentStatus;
  @ApiProperty({ type: String, nullable: true }) statusOn!: string | null;
}

export class OverviewContractView {
  @ApiProperty() id!: string;
  @ApiProperty({ example: '2016-01-15' }) signedOn!: string;
  @ApiProperty() signedBy!: string;
}

export class AlliancePartnerView {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'mvo-noord' }) slug!: string;
  @ApiProperty({ example: 'MVO Alliantie Noord-Nederland' }) name!: string;
  @ApiProperty({ enum: PARTNER_KINDS }) kind!: PartnerKind;
  @ApiProperty({ type: AllianceTextView }) kindLabel!: AllianceTextView;
  @ApiProperty() description!: string;
  @ApiProperty({ description: "The alliance's secretariat: its administrators keep every partner's contract" }) secretariat!: boolean;
  @ApiProperty({ description: "The reader's own partner" }) own!: boolean;
  @ApiProperty({ type: OverviewContractView, nullable: true, description: 'null while no contract was signed' }) contract!: OverviewContractView | null;
  @ApiProperty({ type: [OverviewCommitmentView] }) commitments!: OverviewCommitmentView[];
  @ApiProperty({ type: FulfilmentSummaryView }) summary!: FulfilmentSummaryView;
}

export class AllianceOverviewView {
  @ApiProperty({ type: [AlliancePartnerView], description: 'Every partner of the alliance, by name' }) items!: AlliancePartnerView[];
  @ApiProperty({ type: FulfilmentSummaryView, description: 'All commitments of all partners' }) summary!: FulfilmentSummaryView;
  @ApiProperty({ description: 'The reader\'s partner is the secretariat' }) secretariat!: boolean;
}
