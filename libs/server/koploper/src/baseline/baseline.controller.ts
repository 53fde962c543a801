import { ApiFileUpload } from '@koers/server-files';
import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags, ApiOperation } from '@nestjs/swagger';
import { ISO26000_STRUCTURE } from '@koers/reference-data';
import { Roles } from '@koers/server-auth';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { templateCsv, templateXlsx, XLSX_TYPE } from './baseline-file';
import { BaselineQuery, BaselineView, ConfirmPlausibilityDto, Iso26000StructureView, PutBaselineDto, PutIso26000Dto, ReviewBaselineDto } from './baseline.dto';
import { BaselineService } from './baseline.service';

/** Who may enter a baseline: staff who work with companies, and the participant itself (row-level security keeps it to its own). */
const ENTER = ['administrator', 'coordinator', 'adviser', 'participant'] as const;

@ApiTags('koploper')
@Controller('koploper/participants/:pid')
export class BaselineController {
  constructor(private readonly baselines: BaselineService) {}

  @Get('baseline')
  @ApiOperation({ summary: "A participant's baseline (nulmeting) of a year with its calculation results" })
  @ApiOkResponse({ type: BaselineView })
  get(@Param('pid') pid: string, @Query() q: BaselineQuery) {
    return this.baselines.get(pid, q.year);
  }

  @Put('baseline')
  @ApiOperation({ summary: "Enter a participant's baseline activities by form" })
  @Roles(...ENTER)
  @ApiOkResponse({ type: BaselineView })
  put(@Param('pid') pid: string, @Body() body: PutBaselineDto) {
    return this.baselines.putFootprint(pid, body);
  }

  /** A filled-in template (.csv or .xlsx, max 2 MB); a file with any bad row is refused whole, listing every bad row. */
  @Post('baseline/upload')
  @ApiOperation({ summary: "Upload a participant's baseline as CSV or Excel (every rejected row is named)" })
  @Roles(...ENTER)
  @HttpCode(200)
  @ApiFileUpload('The filled-in template (.csv or .xlsx, max 2 MB)', { year: { type: 'integer', example: 2025, description: 'The year the figures are about' } })
  @ApiOkResponse({ type: BaselineView })
  upload(@Param('pid') pid: string, @Req() req: FastifyRequest) {
    return this.baselines.upload(pid, req);
  }

  @Put('iso26000')
  @ApiOperation({ summary: "Enter a participant's ISO 26000 scan answers" })
  @Roles(...ENTER)
  @ApiOkResponse({ type: BaselineView })
  putIso26000(@Param('pid') pid: string, @Body() body: PutIso26000Dto) {
    return this.baselines.putIso26000(pid, body);
  }

  @Post('baseline/review')
  @ApiOperation({ summary: "Mark a participant's baseline as reviewed by the adviser" })
  @Roles('administrator', 'coordinator', 'adviser')
  @HttpCode(200)
  @ApiOkResponse({ type: BaselineView })
  review(@Param('pid') pid: string, @Body() body: ReviewBaselineDto) {
    return this.baselines.review(pid, body.year);
  }

  @Post('baseline/plausibility')
  @ApiOperation({ summary: "Confirm a plausibility warning on a participant's baseline: the figure is right, with a note (the adviser)" })
  @Roles('administrator', 'coordinator', 'adviser')
  @HttpCode(200)
  @ApiOkResponse({ type: BaselineView })
  confirmPlausibility(@Param('pid') pid: string, @Body() body: ConfirmPlausibilityDto) {
    return this.baselines.confirmPlausibility(pid, body);
  }

  @Post('baseline/sign-off')
  @ApiOperation({ summary: "Sign off a trainee adviser's baseline review (the trainee's mentor, a coordinator or an administrator)" })
  @Roles('administrator', 'coordinator', 'adviser')
  @HttpCode(200)
  @ApiOkResponse({ type: BaselineView })
  signOff(@Param('pid') pid: string, @Body() body: ReviewBaselineDto) {
    return this.baselines.signOff(pid, body.year);
  }
}

/** What every signed-in user may fetch to fill in a baseline: the templates and the ISO 26000 structure. */
@ApiTags('koploper')
@Controller('koploper')
export class BaselineReferenceController {
  @Get('baseline-template.csv')
  @ApiOperation({ summary: 'The baseline template as CSV' })
  @ApiProduces('text/csv')
  csv(@Res() reply: FastifyReply) {
    return download(reply, 'nulmeting-sjabloon.csv', 'text/csv; charset=utf-8', Buffer.from(templateCsv(), 'utf8'));
  }

  @Get('baseline-template.xlsx')
  @ApiOperation({ summary: 'The baseline template as Excel' })
  @ApiProduces(XLSX_TYPE)
  async xlsx(@Res() reply: FastifyReply) {
    return download(reply, 'nulmeting-sjabloon.xlsx', XLSX_TYPE, await templateXlsx());
  }

  @Get('iso26000')
  @ApiOperation({ summary: 'The ISO 26000 structure: core subjects and issues' })
  @ApiOkResponse({ type: Iso26000StructureView })
  iso26000(): Iso26000StructureView {
    return {
      coreSubjects: ISO26000_STRUCTURE.coreSubjects.map((s) => ({ id: s.id, name: { ...s.name }, issues: s.issues.map((i) => ({ id: i.id, name: { ...i.name } })) })),
    };
  }
}

function download(reply: FastifyReply, filename: string, contentType: string, content: Buffer) {
  return reply.header('content-type', contentType).header('content-disposition', `attachment; filename="${filename}"`).header('x-content-type-options', 'nosniff').send(content);
}
