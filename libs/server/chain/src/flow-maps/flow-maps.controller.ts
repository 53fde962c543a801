import { ApiFileUpload } from '@koers/server-files';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { csvRow, FLOW_VARIANTS } from '@koers/domain';
import { Roles } from '@koers/server-auth';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { FLOW_FILE_HEADER } from './flow-map-file';
import { CreateFlowMapDto, FlowMapView, PutFlowVariantDto } from './flow-maps.dto';
import { FlowMapsService } from './flow-maps.service';

const WRITE = ['administrator', 'coordinator', 'adviser'] as const;
const variantParam = { name: 'variant', enum: FLOW_VARIANTS, description: 'as_is (huidige situatie) or redesign (herontwerp)' };

/** Material-flow maps of chain projects; a participant of the project reads them. */
@ApiTags('chain')
@Controller('chain')
export class FlowMapsController {
  constructor(private readonly maps: FlowMapsService) {}

  @Post('projects/:id/flow-maps')
  @Roles(...WRITE)
  @ApiOperation({ summary: 'Start a material-flow map of a product or chain of the project (as-is and redesign, both empty)' })
  @ApiCreatedResponse({ type: FlowMapView })
  create(@Param('id') id: string, @Body() body: CreateFlowMapDto) {
    return this.maps.create(id, body.subject);
  }

  @Get('flow-map-template')
  @ApiOperation({ summary: 'The import template: a CSV with the columns and two example rows' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'text/csv' })
  template(@Res({ passthrough: true }) reply: FastifyReply) {
    reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="materiaalstromen.csv"');
    // Every cell through the shared export helper (libs/domain, spreadsheet-cell.ts): quoted where needed, no text that starts a formula.
    return [
      FLOW_FILE_HEADER.split(';'),
      ['Hennepteler', 'leverancier', 'Isolatiefabriek', 'productie', 'Hennepvezel', '120.000', 0, 100, '', ''],
      ['Bouwplaats', 'gebruik', 'Recycler', 'recycling', 'Snijresten', '4.500,5', 0, 100, 'recycling', 90],
    ]
      .map((row) => csvRow(row) + '\n')
      .join('');
  }

  @Get('flow-maps/:id')
  @ApiOperation({ summary: 'A flow map with both variants: nodes, flows, energy and water, the nodes out of balance and the circularity indicators' })
  @ApiOkResponse({ type: FlowMapView })
  get(@Param('id') id: string) {
    return this.maps.get(id);
  }

  @Patch('flow-maps/:id')
  @Roles(...WRITE)
  @ApiOperation({ summary: 'Rename the product or chain a flow map is of' })
  @ApiOkResponse({ type: FlowMapView })
  rename(@Param('id') id: string, @Body() body: CreateFlowMapDto) {
    return this.maps.rename(id, body.subject);
  }

  @Delete('flow-maps/:id')
  @Roles(...WRITE)
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a flow map with both variants' })
  @ApiNoContentResponse()
  async remove(@Param('id') id: string) {
    await this.maps.remove(id);
  }

  @Put('flow-maps/:id/variants/:variant')
  @Roles(...WRITE)
  @ApiParam(variantParam)
  @ApiOperation({ summary: "Replace a variant's nodes, flows (kg per year), energy and water; the circularity indicators are computed again" })
  @ApiOkResponse({ type: FlowMapView })
  put(@Param('id') id: string, @Param('variant') variant: string, @Body() body: PutFlowVariantDto) {
    return this.maps.put(id, variant, body);
  }

  @Post('flow-maps/:id/variants/:variant/import')
  @Roles(...WRITE)
  @HttpCode(200)
  @ApiParam(variantParam)
  @ApiOperation({ summary: "Replace a variant's nodes and flows from a CSV or Excel file, one row per flow (every bad row named; nothing stored then)" })
  @ApiFileUpload(`${FLOW_FILE_HEADER} (.csv or .xlsx, max 2 MB); kinds and routes by code or Dutch name`)
  @ApiOkResponse({ type: FlowMapView })
  import(@Param('id') id: string, @Param('variant') variant: string, @Req() req: FastifyRequest) {
    return this.maps.import(id, variant, req);
  }
}
