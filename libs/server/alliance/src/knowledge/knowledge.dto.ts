import { KNOWLEDGE_KINDS, KNOWLEDGE_TAG_PATTERN, MAX_KNOWLEDGE_TAGS, type KnowledgeKind } from '@koers/domain';
import { NotBlank, withText } from '@koers/server-auth';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsEmail, IsNumber, IsOptional, IsString, IsUrl, IsUUID, Matches, Max, MaxLength, Min, ValidateNested,
} from 'class-validator';
import { AllianceTextView, choose } from '../inputs';

export const link = (): PropertyDecorator =>
  IsUrl({ protocols: ['http', 'https'], require_protocol: true }, withText({ nl: 'Een link die begint met https:// of http://', en: 'A link starting with https:// or http://' }, 'validation.url'));

// --- knowledge ------------------------------------------------------------------------------------

export class KnowledgeQueryDto {
  @ApiPropertyOptional({ maxLength: 100, description: 'Words to find in the title, summary, author or tags (all of them)' }) @IsOptional() @IsString() @MaxLength(100) q?: string;
  @ApiPropertyOptional({ maxLength: 40, example: 'energie', description: 'Only items with this tag' })
  @IsOptional()
  @Matches(KNOWLEDGE_TAG_PATTERN, withText({ nl: 'Een label van kleine letters, cijfers en streepjes', en: 'A tag of lower-case letters, digits and hyphens' }, 'alliance.tag'))
  tag?: string;
  @ApiPropertyOptional({ enum: KNOWLEDGE_KINDS }) @IsOptional() @choose(KNOWLEDGE_KINDS, 'alliance.knowledge_kind') kind?: KnowledgeKind;
}

export class KnowledgeItemDto {
  @ApiProperty({ enum: KNOWLEDGE_KINDS }) @choose(KNOWLEDGE_KINDS, 'alliance.knowledge_kind') kind!: KnowledgeKind;
  @ApiProperty({ maxLength: 200, example: 'Presentatie netwerkbijeenkomst circulair bouwen' }) @IsString() @MaxLength(200) @NotBlank({ nl: 'De titel', en: 'The title' }) title!: string;
  @ApiPropertyOptional({ maxLength: 5000 }) @IsOptional() @IsString() @MaxLength(5000) summary?: string;
  @ApiPropertyOptional({ maxLength: 2000, example: 'https://www.example.nl/verslag', description: 'A link (http or https); a document is uploaded with POST /alliance/knowledge/{id}/document. Required for kind link' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  @link()
  url?: string;
  @ApiPropertyOptional({ type: [String], maxItems: MAX_KNOWLEDGE_TAGS, example: ['energie', 'bouw'], description: 'Lower-case letters, digits and hyphens' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_KNOWLEDGE_TAGS, withText({ nl: `Hoogstens ${MAX_KNOWLEDGE_TAGS} labels`, en: `At most ${MAX_KNOWLEDGE_TAGS} tags` }, 'alliance.tags'))
  @Matches(KNOWLEDGE_TAG_PATTERN, { each: true, ...withText({ nl: 'Een label van kleine letters, cijfers en streepjes (hoogstens 40 tekens)', en: 'A tag of lower-case letters, digits and hyphens (at most 40 characters)' }, 'alliance.tag') })
  tags?: string[];
}

export class KnowledgeFileView {
  @ApiProperty() filename!: string;
  @ApiProperty() contentType!: string;
  @ApiProperty() sizeBytes!: number;
}

export class KnowledgeItemView {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: KNOWLEDGE_KINDS }) kind!: KnowledgeKind;
  @ApiProperty({ type: AllianceTextView }) kindLabel!: AllianceTextView;
  @ApiProperty() title!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ type: String, nullable: true }) url!: string | null;
  @ApiProperty({ type: KnowledgeFileView, nullable: true, description: 'The uploaded document, downloaded with GET /alliance/knowledge/{id}/document' }) file!: KnowledgeFileView | null;
  @ApiProperty({ type: [String] }) tags!: string[];
  @ApiProperty({ example: 'Ada Veenstra' }) authorName!: string;
  @ApiProperty({ example: 'MVO Alliantie Noord-Nederland', description: "The author's partner" }) partnerName!: string;
  @ApiProperty({ example: '2026-11-12' }) publishedOn!: string;
  @ApiProperty({ description: "The reader may remove it (the author's partner, or the secretariat)" }) canRemove!: boolean;
}

export class KnowledgeTagView {
  @ApiProperty() tag!: string;
  @ApiProperty({ description: 'Items with this tag in the whole space' }) count!: number;
}

export class KnowledgeListView {
  @ApiProperty({ type: [KnowledgeItemView], description: 'Newest first' }) items!: KnowledgeItemView[];
  @ApiProperty({ description: 'Items in the space before the filter' }) total!: number;
  @ApiProperty({ type: [KnowledgeTagView], description: 'Every tag of the space, most used first' }) tags!: KnowledgeTagView[];
}

// --- showcases ------------------------------------------------------------------------------------

export class ShowcaseFigureDto {
  @ApiProperty({ maxLength: 200, example: 'CO2-uitstoot minder' }) @IsString() @MaxLength(200) @NotBlank({ nl: 'Het onderwerp van het getal', en: 'What the figure is' }) label!: string;
  @ApiProperty({ example: 12.5 })
  @IsNumber({ maxDecimalPlaces: 4, allowNaN: false, allowInfinity: false }, withText({ nl: 'Een getal met hoogstens 4 decimalen', en: 'A number with at most 4 decimals' }, 'alliance.figure_value'))
  @Min(-1e12, withText({ nl: 'Het getal is te klein', en: 'The number is too small' }, 'alliance.figure_value'))
  @Max(1e12, withText({ nl: 'Het getal is te groot', en: 'The number is too large' }, 'alliance.figure_value'))
  value!: number;
  @ApiPropertyOptional({ maxLength: 32, example: 't CO2e per jaar' }) @IsOptional() @IsString() @MaxLength(32) unit?: string;
  @ApiProperty({ maxLength: 500, example: 'CO2-footprint 2025 en 2026 (footprint.ghg), Milieubarometer' })
  @IsString()
  @MaxLength(500)
  @NotBlank({ nl: 'De bron van het getal', en: 'The source of the figure' })
  source!: string;
}

export class ShowcaseDto {
  @ApiProperty({ description: 'The participating company (an organisation the partner sees)' })
  @IsUUID('all', withText({ nl: 'Kies het bedrijf', en: 'Choose the company' }, 'validation.uuid'))
  organisationId!: string;
  @ApiProperty({ maxLength: 200, example: 'Zonnepanelen op het dak van de bakkerij' }) @IsString() @MaxLength(200) @NotBlank({ nl: 'De titel', en: 'The title' }) title!: string;
  @ApiProperty({ maxLength: 5000, description: 'What the company did' }) @IsString() @MaxLength(5000) @NotBlank({ nl: 'Wat het bedrijf deed', en: 'What the company did' }) measure!: string;
  @ApiPropertyOptional({ maxLength: 5000, description: 'The measured effect, in words' }) @IsOptional() @IsString() @MaxLength(5000) effect?: string;
  @ApiPropertyOptional({ type: [ShowcaseFigureDto], maxItems: 12, description: 'The measured effect in figures; each names its source' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => ShowcaseFigureDto)
  figures?: ShowcaseFigureDto[];
  @ApiProperty({ maxLength: 200, example: 'Jan de Vries' }) @IsString() @MaxLength(200) @NotBlank({ nl: 'De contactpersoon', en: 'The contact person' }) contactName!: string;
  @ApiPropertyOptional({ maxLength: 254, example: 'jan@bakkerij-devries.test' })
  @IsOptional()
  @MaxLength(254)
  @IsEmail({}, withText({ nl: 'Een e-mailadres als naam@bedrijf.nl', en: 'An e-mail address like name@company.nl' }, 'validation.email'))
  contactEmail?: string;
  @ApiPropertyOptional({ maxLength: 40, example: '0592 123 456' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  @Matches(/^[+0-9 ()-]{6,40}$/, withText({ nl: 'Een telefoonnummer van cijfers, spaties en + - ( )', en: 'A phone number of digits, spaces and + - ( )' }, 'validation.phone'))
  contactPhone?: string;
}

export class UpdateShowcaseDto {
  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsString() @MaxLength(200) @NotBlank({ nl: 'De titel', en: 'The title' }) title?: string;
  @ApiPropertyOptional({ maxLength: 5000 }) @IsOptional() @IsString() @MaxLength(5000) @NotBlank({ nl: 'Wat het bedrijf deed', en: 'What the company did' }) measure?: string;
  @ApiPropertyOptional({ maxLength: 5000 }) @IsOptional() @IsString() @MaxLength(5000) effect?: string;
  @ApiPropertyOptional({ type: [ShowcaseFigureDto], maxItems: 12, description: 'Replaces the list' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => ShowcaseFigureDto)
  figures?: ShowcaseFigureDto[];
  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsString() @MaxLength(200) @NotBlank({ nl: 'De contactpersoon', en: 'The contact person' }) contactName?: string;
}

export class ShowcaseFigureView {
  @ApiProperty() label!: string;
  @ApiProperty() value!: number;
  @ApiProperty() unit!: string;
  @ApiProperty() source!: string;
}

export class ShowcaseContactView {
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
  @ApiProperty({ type: String, nullable: true }) phone!: string | null;
}

export class ShowcaseView {
  @ApiProperty() id!: string;
  @ApiProperty() platformId!: string;
  @ApiProperty() organisationId!: string;
  @ApiProperty({ example: 'Bakkerij De Vries' }) organisationName!: string;
  @ApiProperty() title!: string;
  @ApiProperty() measure!: string;
  @ApiProperty() effect!: string;
  @ApiProperty({ type: [ShowcaseFigureView] }) figures!: ShowcaseFigureView[];
  @ApiProperty({ type: ShowcaseContactView }) contact!: ShowcaseContactView;
  @ApiProperty({ example: 'MVO Alliantie Noord-Nederland', description: 'The partner that keeps it' }) partnerName!: string;
  @ApiProperty({ description: "Shown on the public page: the company's consent (part showcase) to the keeping partner is active" }) public!: boolean;
  @ApiProperty() canEdit!: boolean;
}

export class ShowcaseListView {
  @ApiProperty({ type: [ShowcaseView] }) items!: ShowcaseView[];
}

export class PublicShowcaseView {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'Bakkerij De Vries' }) organisationName!: string;
  @ApiProperty({ type: String, nullable: true, example: 'Assen' }) municipality!: string | null;
  @ApiProperty({ example: 'MVO-platform Assen' }) platformName!: string;
  @ApiProperty({ example: 'Drenthe' }) region!: string;
  @ApiProperty() title!: string;
  @ApiProperty() measure!: string;
  @ApiProperty() effect!: string;
  @ApiProperty({ type: [ShowcaseFigureView], description: 'Each figure names its source' }) figures!: ShowcaseFigureView[];
  @ApiProperty({ type: ShowcaseContactView }) contact!: ShowcaseContactView;
  @ApiProperty({ description: 'The partner that keeps it' }) partnerName!: string;
}

export class PublicShowcaseListView {
  @ApiProperty({ type: [PublicShowcaseView] }) items!: PublicShowcaseView[];
}
