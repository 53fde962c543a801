import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Roles } from '@koers/server-auth';
import { fileNamePart } from '@koers/server-documents';
import { Db } from '@koers/server-db';
import type { FastifyReply } from 'fastify';
import { dashboardCsv, dashboardPdf, dashboardXlsx, XLSX_TYPE } from './dashboard-export';
import { DashboardQuery, DashboardView, ProvinceReportQuery } from './dashboard.dto';
import { DashboardService } from './dashboard.service';

const FIGURES = ['administrator', 'coordinator', 'analyst'] as const;

function download(reply: FastifyReply, filename: string, contentType: string, content: Buffer) {
  return reply.header('content-type', contentType).header('content-disposition', `attachment; filename="${filename}"`).header('x-content-type-options', 'nosniff').send(content);
}

/** The programme's figures per line, step, municipality or year, and the same figures as CSV, Excel and a PDF report for a province. */
@ApiTags('evaluation')
@Controller('evaluation/dashboard')
export class DashboardController {
  constructor(
    private readonly dashboards: DashboardService,
    private readonly db: Db,
  ) {}

  @Get()
  @Roles(...FIGURES)
  @ApiOperation({ summary: "The programme's figures by programme line, step, municipality or year: reach, completed tracks, CO2 measured and reduced, the evaluation's response rate and share agreeing per item, with their sources" })
  @ApiOkResponse({ type: DashboardView })
  get(@Query() q: DashboardQuery): Promise<DashboardView> {
    return this.dashboards.dashboard(q.by);
  }

  @Get('csv')
  @Roles(...FIGURES)
  @ApiOperation({ summary: 'The dashboard as CSV (semicolons, decimal commas, UTF-8 with BOM): the reach table, the evaluation per item and the sources' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'text/csv' })
  async csv(@Query() q: DashboardQuery, @Res() reply: FastifyReply) {
    const v = await this.dashboards.dashboard(q.by);
    return download(reply, `programmacijfers-${v.by}.csv`, 'text/csv; charset=utf-8', Buffer.from(dashboardCsv(v), 'utf8'));
  }

  @Get('xlsx')
  @Roles(...FIGURES)
  @ApiOperation({ summary: 'The dashboard as Excel: sheets Bereik, Evaluatie and Bron' })
  @ApiProduces(XLSX_TYPE)
  @ApiOkResponse({ description: XLSX_TYPE })
  async xlsx(@Query() q: DashboardQuery, @Res() reply: FastifyReply) {
    const v = await this.dashboards.dashboard(q.by);
    return download(reply, `programmacijfers-${v.by}.xlsx`, XLSX_TYPE, await dashboardXlsx(v));
  }

  @Get('pdf')
  @Roles(...FIGURES)
  @ApiOperation({ summary: 'The dashboard as a PDF report for a province (Dutch): reach, CO2, the evaluation per item with n and its 95% interval, the sources' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'application/pdf' })
  async pdf(@Query() q: ProvinceReportQuery, @Res() reply: FastifyReply) {
    const v = await this.dashboards.dashboard(q.by);
    const [partner]: { name: string }[] = await this.db.em.query(`select name from partner where id = $1`, [this.db.tenant.partnerId]);
    const province = q.province?.trim() || undefined;
    const pdf = await dashboardPdf(v, { partner: partner?.name ?? '', province });
    return download(reply, `provincierapportage-${province ? `${fileNamePart(province)}-` : ''}${v.by}.pdf`, 'application/pdf', pdf);
  }
}
