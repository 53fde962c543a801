import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsInt, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export class SubmitCalculationDto {
  @ApiProperty({ example: 'footprint.ghg' }) @IsString() @MaxLength(100) @Matches(/^[a-z][a-z0-9.-]*$/) pluginId!: string;
  @ApiProperty({ example: 2024 }) @Type(() => Number) @IsInt() @Min(1990) @Max(2100) year!: number;
  @ApiProperty({ description: "The calculator's input, checked against its schema", type: 'object', additionalProperties: true })
  @IsDefined()
  @IsObject()
  input!: Record<string, unknown>;
}

export class ListCalculationsQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) pluginId?: string;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1990) @Max(2100) year?: number;
}

export class RecomputeDto {
  @ApiProperty({ example: 'footprint.ghg' }) @IsString() @MaxLength(100) pluginId!: string;
}
