import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { JOURNEY_PARTS } from '@koers/domain';
import { Roles } from '@koers/server-auth';
import { ConsentsService } from './consents.service';
import { JourneyWritesService } from './journey-writes.service';
import { JourneyService } from './journey.service';
import {
  AccessLogView, ConsentPartsDto, ConsentsView, FinancingDto, FinancingView, FunnelView, JourneyPartnerView, JourneyView, LeadDto, LeadView, NewLeadDto, NewLeadView, PartView,
  StageDto, StageView, UpdateFinancingDto,
} from './record.dto';

const STAFF = ['administrator', 'coordinator', 'adviser', 'analyst'] as const;
const RECORDERS = ['administrator', 'coordinator', 'adviser'] as const;

/**
 * A company's journey across steps and partners: what a reader may see of it
 * (its own partner's rows and the parts the company consented to; the company
 * itself everything), the consent the company controls, who read what, the
 * funnel, first contacts and financing.
 */
@ApiTags('journey')
@Controller('journey')
export class JourneyRecordController {
  constructor(
    private readonly journey: JourneyService,
    private readonly consents: ConsentsService,
    private readonly writes: JourneyWritesService,
  ) {}

  @Get('partners')
  @ApiOperation({ summary: 'Every partner of the platform, by name (whom a company can grant consent)' })
  @ApiOkResponse({ type: [JourneyPartnerView] })
  partners() {
    return this.journey.partners();
  }

  @Get('organisations/:id')
  @ApiOperation({ summary: "A company's journey as the reader may see it: steps, parts, timeline, leads, financing, stage and a suggested next step" })
  @ApiOkResponse({ type: JourneyView })
  view(@Param('id') id: string) {
    return this.journey.view(id);
  }

  @Get('organisations/:id/parts/:part')
  @ApiParam({ name: 'part', enum: JOURNEY_PARTS })
  @ApiOperation({ summary: 'The content of one part of the journey from every partner whose rows the reader may see (404 when none)' })
  @ApiOkResponse({ type: PartView })
  part(@Param('id') id: string, @Param('part') part: string) {
    return this.journey.part(id, part);
  }

  @Get('organisations/:id/consents')
  @ApiOperation({ summary: "The company's consents per partner and part, with their history (staff: those their partner holds)" })
  @ApiOkResponse({ type: ConsentsView })
  listConsents(@Param('id') id: string) {
    return this.consents.list(id);
  }

  @Put('organisations/:id/consents/:partnerSlug')
  @Roles('participant')
  @ApiOperation({ summary: 'Let a partner see exactly these parts of the journey (grants what is missing, withdraws the others)' })
  @ApiOkResponse({ type: ConsentsView })
  setConsent(@Param('id') id: string, @Param('partnerSlug') partnerSlug: string, @Body() body: ConsentPartsDto) {
    return this.consents.set(id, partnerSlug, body.parts);
  }

  @Delete('organisations/:id/consents/:partnerSlug')
  @Roles('participant')
  @HttpCode(204)
  @ApiOperation({ summary: 'Withdraw every part a partner may see' })
  @ApiNoContentResponse({ description: 'Withdrawn' })
  async withdrawConsent(@Param('id') id: string, @Param('partnerSlug') partnerSlug: string) {
    await this.consents.withdrawAll(id, partnerSlug);
  }

  @Get('organisations/:id/access-log')
  @Roles('participant')
  @ApiOperation({ summary: "Who read which part of the company's journey, newest first" })
  @ApiOkResponse({ type: AccessLogView })
  accessLog(@Param('id') id: string) {
    return this.consents.accessLog(id);
  }

  @Put('organisations/:id/stage')
  @Roles(...RECORDERS)
  @ApiOperation({ summary: "Set the company's funnel stage (one for the whole alliance)" })
  @ApiOkResponse({ type: StageView })
  setStage(@Param('id') id: string, @Body() body: StageDto) {
    return this.writes.setStage(id, body);
  }

  @Get('funnel')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'How many of the companies this partner sees are in each funnel stage, per region' })
  @ApiOkResponse({ type: FunnelView })
  funnel() {
    return this.journey.funnel();
  }

  @Post('leads')
  @Roles(...RECORDERS)
  @ApiOperation({ summary: 'Record a first contact with a new company: the organisation and this partner\'s lead' })
  @ApiCreatedResponse({ type: NewLeadView })
  createLead(@Body() body: NewLeadDto) {
    return this.writes.createLead(body);
  }

  @Put('organisations/:id/lead')
  @Roles(...RECORDERS)
  @ApiOperation({ summary: "Record or change this partner's first contact with a company it sees" })
  @ApiOkResponse({ type: LeadView })
  putLead(@Param('id') id: string, @Body() body: LeadDto) {
    return this.writes.putLead(id, body);
  }

  @Post('organisations/:id/financing')
  @Roles(...RECORDERS)
  @ApiOperation({ summary: 'Record an application for a subsidy, loan or investor' })
  @ApiCreatedResponse({ type: FinancingView })
  addFinancing(@Param('id') id: string, @Body() body: FinancingDto) {
    return this.writes.addFinancing(id, body);
  }

  @Patch('financing/:id')
  @Roles(...RECORDERS)
  @ApiOperation({ summary: 'Record the decision on a financing application, or change it' })
  @ApiOkResponse({ type: FinancingView })
  updateFinancing(@Param('id') id: string, @Body() body: UpdateFinancingDto) {
    return this.writes.updateFinancing(id, body);
  }
}
