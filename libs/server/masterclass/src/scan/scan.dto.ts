import { ApiProperty } from '@nestjs/swagger';
import { MASTERCLASS_AUDIENCES, SCAN_SOURCES, type MasterclassAudience } from '@koers/domain';
import { withText } from '@koers/server-auth';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsString, MaxLength, MinLength } from 'class-validator';

const municipalitiesText = withText({ nl: 'Kies 1 tot 20 gemeenten, elk een naam van 1 tot 100 tekens', en: 'Choose 1 to 20 municipalities, each a name of 1 to 100 characters' }, 'scan.municipalities');

export class CreateRegionScanDto {
  @ApiProperty({ type: [String], minItems: 1, maxItems: 20, example: ['Assen', 'Emmen'], description: 'The region: municipalities by name (compared case-insensitively)' })
  @Transform(({ value }) => (Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value))
  @IsArray(municipalitiesText)
  @ArrayMinSize(1, municipalitiesText)
  @ArrayMaxSize(20, municipalitiesText)
  @IsString({ each: true, ...municipalitiesText })
  @MinLength(1, { each: true, ...municipalitiesText })
  @MaxLength(100, { each: true, ...municipalitiesText })
  municipalities!: string[];

  @ApiProperty({ enum: MASTERCLASS_AUDIENCES, description: 'sme: local SMEs; large: large regional companies' })
  @IsIn(MASTERCLASS_AUDIENCES, withText({ nl: 'Kies sme (mkb) of large (grote ondernemingen)', en: 'Choose sme or large' }, 'scan.audience'))
  audience!: MasterclassAudience;
}

class TextView {
  @ApiProperty() nl!: string;
  @ApiProperty() en!: string;
}

export class ScanReasonView {
  @ApiProperty({ enum: ['sector', 'size', 'interest'] }) code!: 'sector' | 'size' | 'interest';
  @ApiProperty({ example: 30 }) points!: number;
  @ApiProperty({ type: TextView }) text!: TextView;
}

export class ScanCandidateView {
  @ApiProperty({ example: 'organisation:7b0c2b0e-1d1a-4a53-9a57-8f3b2b7f1c11', description: "'organisation:<uuid>' or 'imported:<uuid>'" }) key!: string;
  @ApiProperty({ example: 'Bouwbedrijf Hunze' }) name!: string;
  @ApiProperty({ type: String, nullable: true, example: '01234567' }) kvkNumber!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '41.20' }) sbiCode!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Assen' }) municipality!: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['micro', 'small', 'medium', 'large'] }) sizeClass!: string | null;
  @ApiProperty({ type: Number, nullable: true }) employees!: number | null;
  @ApiProperty({ enum: SCAN_SOURCES }) source!: string;
  @ApiProperty({ description: "The sum of the reasons' points" }) score!: number;
  @ApiProperty({ type: [ScanReasonView] }) reasons!: ScanReasonView[];
}

export class SectorCountView {
  @ApiProperty({ example: 'F' }) sbiSection!: string;
  @ApiProperty({ example: '41' }) sbiDivision!: string;
  @ApiProperty({ type: TextView }) name!: TextView;
  @ApiProperty() organisations!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Sum of the known employee numbers; null when none is known' }) employees!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'CE suitability 1-3; null when not a CE-suitable division' }) ceWeight!: number | null;
}

export class RegionScanView {
  @ApiProperty() id!: string;
  @ApiProperty({ type: [String] }) municipalities!: string[];
  @ApiProperty({ enum: MASTERCLASS_AUDIENCES }) audience!: MasterclassAudience;
  @ApiProperty({ example: 'ce.sectors.v1', description: 'The reference-data id of the CE sector table the ranking used' }) sectorTable!: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: [SectorCountView] }) sectors!: SectorCountView[];
  @ApiProperty({ type: [ScanCandidateView] }) candidates!: ScanCandidateView[];
}

export class RegionScanSummaryView {
  @ApiProperty() id!: string;
  @ApiProperty({ type: [String] }) municipalities!: string[];
  @ApiProperty({ enum: MASTERCLASS_AUDIENCES }) audience!: MasterclassAudience;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
  @ApiProperty({ description: 'How many candidates the scan found' }) candidateCount!: number;
}

export class RegionScanListView {
  @ApiProperty({ type: [RegionScanSummaryView] }) items!: RegionScanSummaryView[];
}

export class ScanImportView {
  @ApiProperty({ description: 'Companies imported or updated (by KvK number)' }) imported!: number;
}
