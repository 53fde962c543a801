import { ApiFileUpload } from '@koers/server-files';
import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Roles } from '@koers/server-auth';
import { CreateRegionScanDto, RegionScanListView, RegionScanView, ScanImportView } from './scan.dto';
import { ScanService } from './scan.service';

const RUN = ['administrator', 'coordinator'] as const;
const STAFF = ['administrator', 'coordinator', 'adviser', 'analyst'] as const;

@ApiTags('masterclass')
@Controller('masterclass')
export class ScanController {
  constructor(private readonly scans: ScanService) {}

  @Post('scans')
  @ApiOperation({ summary: 'Make and save a region scan: the dominant sectors and the ranked, explained candidates for a masterclass' })
  @Roles(...RUN)
  @ApiCreatedResponse({ type: RegionScanView })
  create(@Body() body: CreateRegionScanDto) {
    return this.scans.create(body);
  }

  @Get('scans')
  @ApiOperation({ summary: 'The saved region scans, newest first' })
  @Roles(...STAFF)
  @ApiOkResponse({ type: RegionScanListView })
  list() {
    return this.scans.list();
  }

  @Get('scans/:id')
  @ApiOperation({ summary: 'A saved region scan, as it was made' })
  @Roles(...STAFF)
  @ApiOkResponse({ type: RegionScanView })
  get(@Param('id') id: string) {
    return this.scans.get(id);
  }

  @Post('scan-companies/import')
  @ApiOperation({ summary: 'Import companies for the region scan from a list (CSV or Excel); every rejected row is named and nothing is stored then' })
  @Roles(...RUN)
  @HttpCode(200)
  @ApiFileUpload('kvk;naam;sbi;grootte;medewerkers;gemeente (.csv or .xlsx, max 2 MB); optional column interesse (ja/nee)')
  @ApiOkResponse({ type: ScanImportView })
  import(@Req() req: FastifyRequest) {
    return this.scans.import(req);
  }
}
