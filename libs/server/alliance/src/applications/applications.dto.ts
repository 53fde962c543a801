import { APPLICATION_STATUSES, PARTNER_KINDS, type ApplicationStatus, type PartnerKind } from '@koers/domain';
import { NotBlank, withText } from '@koers/server-auth';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { AllianceTextView, choose } from '../inputs';
import { link } from '../knowledge/knowledge.dto';

export class JoinApplicationDto {
  @ApiProperty({ maxLength: 200, example: 'Stichting Duurzaam Emmen' }) @IsString() @MaxLength(200) @NotBlank({ nl: 'De naam van de organisatie', en: "The organisation's name" }) organisationName!: string;
  @ApiProperty({ enum: PARTNER_KINDS }) @choose(PARTNER_KINDS, 'alliance.partner_kind') kind!: PartnerKind;
  @ApiPropertyOptional({ maxLength: 2000, example: 'https://www.duurzaam-emmen.test' }) @IsOptional() @IsString() @MaxLength(2000) @link() website?: string;
  @ApiProperty({ maxLength: 200, example: 'Sanne Bakker' }) @IsString() @MaxLength(200) @NotBlank({ nl: 'Uw naam', en: 'Your name' }) contactName!: string;
  @ApiProperty({ maxLength: 254, example: 'sanne@duurzaam-emmen.test' })
  @IsString()
  @MaxLength(254)
  @IsEmail({}, withText({ nl: 'Een e-mailadres als naam@organisatie.nl', en: 'An e-mail address like name@organisation.nl' }, 'validation.email'))
  email!: string;
  @ApiPropertyOptional({ maxLength: 40, example: '0591 123 456' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  @Matches(/^[+0-9 ()-]{6,40}$/, withText({ nl: 'Een telefoonnummer van cijfers, spaties en + - ( )', en: 'A phone number of digits, spaces and + - ( )' }, 'validation.phone'))
  phone?: string;
  @ApiProperty({ minLength: 20, maxLength: 5000, description: 'Why the organisation wants to join and what it would contribute' })
  @IsString()
  @MaxLength(5000)
  @MinLength(20, withText({ nl: 'Vertel in minstens 20 tekens waarom u mee wilt doen', en: 'Tell us in at least 20 characters why you want to join' }, 'alliance.motivation'))
  motivation!: string;
  @ApiPropertyOptional({ description: 'A CSR platform the organisation wants to take part in' })
  @IsOptional()
  @IsUUID('all', withText({ nl: 'Kies een MVO-platform uit de lijst', en: 'Choose a CSR platform from the list' }, 'validation.uuid'))
  platformId?: string;
}

export class AllianceApplicationReceiptView {
  @ApiProperty() received!: boolean;
  @ApiProperty({ type: AllianceTextView }) text!: AllianceTextView;
}

export class AllianceApplicationQueryDto {
  @ApiPropertyOptional({ enum: APPLICATION_STATUSES, description: 'Default: every application' }) @IsOptional() @choose(APPLICATION_STATUSES, 'alliance.application_status') status?: ApplicationStatus;
}

export class AcceptAllianceApplicationDto {
  @ApiPropertyOptional({ maxLength: 2000, description: 'A note for the applicant, in the mail' }) @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

export class DeclineAllianceApplicationDto {
  @ApiProperty({ maxLength: 2000, description: 'Why; mailed to the applicant' }) @IsString() @MaxLength(2000) @NotBlank({ nl: 'De reden', en: 'The reason' }) reason!: string;
}

export class AllianceApplicationView {
  @ApiProperty() id!: string;
  @ApiProperty() organisationName!: string;
  @ApiProperty({ enum: PARTNER_KINDS }) kind!: PartnerKind;
  @ApiProperty({ type: AllianceTextView }) kindLabel!: AllianceTextView;
  @ApiProperty({ type: String, nullable: true }) website!: string | null;
  @ApiProperty() contactName!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ type: String, nullable: true }) phone!: string | null;
  @ApiProperty() motivation!: string;
  @ApiProperty({ type: String, nullable: true }) platformId!: string | null;
  @ApiProperty({ type: String, nullable: true }) platformName!: string | null;
  @ApiProperty({ enum: APPLICATION_STATUSES }) status!: ApplicationStatus;
  @ApiProperty({ type: AllianceTextView }) statusLabel!: AllianceTextView;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The partner made on acceptance (its slug)" }) partnerSlug!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the outcome was mailed' }) mailedAt!: string | null;
}

export class AllianceApplicationListView {
  @ApiProperty({ type: [AllianceApplicationView], description: 'Pending first, then newest first' }) items!: AllianceApplicationView[];
}

export class PublicPlatformView {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() region!: string;
  @ApiProperty({ type: String, nullable: true }) municipality!: string | null;
}

export class PublicPlatformListView {
  @ApiProperty({ type: [PublicPlatformView] }) items!: PublicPlatformView[];
}
