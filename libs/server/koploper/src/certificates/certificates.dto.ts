import { withText } from '@koers/server-auth';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CERTIFICATE_STATUSES, type CertificateStatus } from '@koers/domain';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';

export const REVIEW_DECISIONS = ['approve', 'approve_with_conditions', 'reject'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

const NOT_BLANK = /\S/;
const notBlank = (what: { nl: string; en: string }) => withText({ nl: `${what.nl} mag niet leeg zijn`, en: `${what.en} must not be empty` }, 'validation.blank');

/** Searching the public register: by company or municipality, or checking one certificate number. */
export class CsrRegisterQuery {
  @ApiPropertyOptional({ example: 'Assen', description: 'Part of the company name or municipality (case does not matter)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
  @ApiPropertyOptional({ example: 'MVO-2026-0001', description: 'One certificate number, to check that it is valid today' })
  @IsOptional()
  @Matches(/^MVO-[0-9]{4}-[0-9]{4}$/, withText({ nl: 'Een certificaatnummer ziet eruit als MVO-2026-0001', en: 'A certificate number looks like MVO-2026-0001' }, 'csr_register.number_format'))
  number?: string;
  @ApiPropertyOptional({ example: 'Bakkerij', description: 'Part of the company name (case does not matter)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  company?: string;
  @ApiPropertyOptional({ example: 'Midden-Drenthe', description: 'Part of the municipality (case does not matter)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  municipality?: string;
}

/** One certificate's page in the public register. */
export class CsrRegisterNumberParams {
  @ApiProperty({ example: 'MVO-2026-0001', description: 'The certificate number' })
  @Matches(/^MVO-[0-9]{4}-[0-9]{4}$/, withText({ nl: 'Een certificaatnummer ziet eruit als MVO-2026-0001', en: 'A certificate number looks like MVO-2026-0001' }, 'csr_register.number_format'))
  number!: string;
}

export class CsrCertificateQuery {
  @ApiPropertyOptional({ enum: CERTIFICATE_STATUSES, description: 'Only applications with this status (`expired` includes awarded certificates past their validity)' })
  @IsOptional()
  @IsIn(CERTIFICATE_STATUSES as unknown as string[])
  status?: CertificateStatus;
}

export class ReviewCsrCertificateDto {
  @ApiProperty({ enum: REVIEW_DECISIONS }) @IsIn(REVIEW_DECISIONS as unknown as string[]) decision!: ReviewDecision;

  @ApiPropertyOptional({
    type: [String],
    example: ['Meet het energieverbruik per kwartaal en deel het met de adviseur'],
    description: 'Required (at least one) with `approve_with_conditions`; not allowed with the other decisions',
  })
  @ValidateIf((o: ReviewCsrCertificateDto) => o.decision === 'approve_with_conditions' || o.conditions !== undefined)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Matches(NOT_BLANK, { each: true, ...notBlank({ nl: 'Een voorwaarde', en: 'A condition' }) })
  @MaxLength(500, { each: true })
  conditions?: string[];

  @ApiPropertyOptional({ example: 'De MVO-visie noemt nog geen doelen', maxLength: 2000, description: 'Required with `reject`; not allowed with the other decisions' })
  @ValidateIf((o: ReviewCsrCertificateDto) => o.decision === 'reject' || o.reason !== undefined)
  @IsString()
  @Matches(NOT_BLANK, notBlank({ nl: 'De reden', en: 'The reason' }))
  @MaxLength(2000)
  reason?: string;
}

export class AwardCsrCertificateDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 5, default: 3, description: 'Years of validity from the award date' })
  @ValidateIf((_, v) => v !== undefined)
  @IsInt()
  @Min(1)
  @Max(5)
  validYears?: number;
}

export class RevokeCsrCertificateDto {
  @ApiProperty({ example: 'Het bedrijf voldoet niet meer aan de voorwaarden', maxLength: 2000 })
  @IsString()
  @Matches(NOT_BLANK, notBlank({ nl: 'De reden', en: 'The reason' }))
  @MaxLength(2000)
  reason!: string;
}

// ---------------------------------------------------------------- answers

export class CsrCertificateAttachmentsView {
  @ApiProperty({ example: 'Wij bakken met zo min mogelijk energie en verspillen geen brood.', description: 'The MVO-visie as it was when applying' }) vision!: string;
  @ApiProperty({ example: 4, description: 'Action-plan items (not dropped) when applying' }) actionItems!: number;
}

export class CsrCertificateView {
  @ApiProperty() id!: string;
  @ApiProperty() participantId!: string;
  @ApiProperty({ example: 'Bakkerij De Vries' }) organisationName!: string;
  @ApiProperty({ enum: CERTIFICATE_STATUSES, description: '`expired` as soon as today (Europe/Amsterdam) is past validUntil' }) status!: CertificateStatus;
  @ApiProperty({ type: Number, nullable: true, description: 'The published profile version attached when applying' }) profileVersion!: number | null;
  @ApiProperty({ type: CsrCertificateAttachmentsView }) attachments!: CsrCertificateAttachmentsView;
  @ApiProperty({ type: [String], description: 'Set when approved with conditions' }) conditions!: string[];
  @ApiProperty({ type: String, nullable: true, description: 'Why it was rejected or revoked' }) reason!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'MVO-2026-0001' }) number!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) awardedOn!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Last valid day (inclusive)' }) validUntil!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) submittedAt!: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) reviewedAt!: Date | null;
}

export class CsrCertificateListView {
  @ApiProperty({ type: [CsrCertificateView] }) items!: CsrCertificateView[];
}

export class CsrRegisterEntryView {
  @ApiProperty({ example: 'MVO-2026-0001' }) number!: string;
  @ApiProperty({ example: 'Bakkerij De Vries' }) company!: string;
  @ApiProperty({ type: String, nullable: true, example: 'Assen' }) municipality!: string | null;
  @ApiProperty({ type: String, format: 'date' }) awardedOn!: string;
  @ApiProperty({ type: String, format: 'date', description: 'Last valid day (inclusive)' }) validUntil!: string;
}

class CsrRegisterTextView {
  @ApiProperty({ example: 'Het bedrijf heeft het Koplopertraject doorlopen.' }) nl!: string;
  @ApiProperty({ example: 'The company completed the Koploper track.' }) en!: string;
}

export const CSR_REGISTER_STATUSES = ['valid', 'expired', 'revoked'] as const;

export class CsrRegisterCertificateView {
  @ApiProperty({ example: 'MVO-2026-0001' }) number!: string;
  @ApiProperty({ example: 'Bakkerij De Vries' }) company!: string;
  @ApiProperty({ type: String, nullable: true, example: 'Assen' }) municipality!: string | null;
  @ApiProperty({ type: String, format: 'date' }) awardedOn!: string;
  @ApiProperty({ type: String, format: 'date', description: 'Last valid day (inclusive)' }) validUntil!: string;
  @ApiProperty({ enum: CSR_REGISTER_STATUSES, description: '`valid` today (Europe/Amsterdam), `expired` after validUntil, `revoked` (withdrawn) by the alliance' }) status!: (typeof CSR_REGISTER_STATUSES)[number];
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'When it was revoked' }) revokedOn!: string | null;
  @ApiProperty({ example: 'MVO Alliantie Noord-Nederland', description: 'The partner that awarded it' }) issuedBy!: string;
  @ApiProperty({ type: [CsrRegisterTextView], description: 'What the certificate means, in a few lines' }) meaning!: CsrRegisterTextView[];
  @ApiProperty({ example: 'https://koers.example/koploper/mvo-register/MVO-2026-0001', description: "This page's address, as printed on the certificate and in its QR code" }) url!: string;
}

export class CsrRegisterView {
  @ApiProperty({ type: [CsrRegisterEntryView], description: 'Certificates awarded and valid today, every partner, by company name' }) items!: CsrRegisterEntryView[];
}
