import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '@koers/server-auth';
import {
  AgreementView, CONFERENCE_KINDS, ConferenceDto, ConferenceView, CreateAgreementDto, CreateQuestionDto, CreateSectorProgrammeDto, QuestionView, SectorProgrammeDetailView,
  SectorProgrammeListView, SectorProgrammeQuery, UpdateSectorProgrammeDto,
} from './sector-programmes.dto';
import { SectorProgrammesService } from './sector-programmes.service';

const COORDINATION = ['administrator', 'coordinator'] as const;
const STAFF = ['administrator', 'coordinator', 'adviser', 'analyst'] as const;

/**
 * Sector programmes (the sector-chain approach): an opening work conference
 * maps the chains and their questions, chain groups work per theme (chain
 * projects naming the programme, made through /api/chain/projects), a closing
 * work conference links the chains and records agreements; the groups' results
 * are added up. Staff only.
 */
@ApiTags('chain')
@Controller('chain')
export class SectorProgrammesController {
  constructor(private readonly programmes: SectorProgrammesService) {}

  @Get('sector-programmes')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'The sector programmes, newest first, with their conference dates and how many chain groups, questions and agreements each has' })
  @ApiOkResponse({ type: SectorProgrammeListView })
  list(@Query() q: SectorProgrammeQuery) {
    return this.programmes.list(q);
  }

  @Post('sector-programmes')
  @Roles(...COORDINATION)
  @ApiOperation({ summary: 'Start a sector programme (for instance care institutions and their suppliers in a region)' })
  @ApiCreatedResponse({ type: SectorProgrammeDetailView })
  create(@Body() body: CreateSectorProgrammeDto) {
    return this.programmes.create(body);
  }

  @Get('sector-programmes/:id')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'A sector programme with its conferences, questions by theme, agreements, chain groups and their results added up' })
  @ApiOkResponse({ type: SectorProgrammeDetailView })
  get(@Param('id') id: string) {
    return this.programmes.get(id);
  }

  @Patch('sector-programmes/:id')
  @Roles(...COORDINATION)
  @ApiOperation({ summary: "Change a sector programme's name, sector, region or dates" })
  @ApiOkResponse({ type: SectorProgrammeDetailView })
  update(@Param('id') id: string, @Body() body: UpdateSectorProgrammeDto) {
    return this.programmes.update(id, body);
  }

  @Post('sector-programmes/:id/report')
  @Roles(...COORDINATION)
  @HttpCode(202)
  @ApiOperation({ summary: "Have the programme's results report (PDF: chain groups and their results added up, questions, agreements) rendered again" })
  @ApiOkResponse({ type: SectorProgrammeDetailView, description: 'Accepted: reportFileId is set once the worker has rendered it' })
  report(@Param('id') id: string) {
    return this.programmes.renderReport(id);
  }

  @Put('sector-programmes/:id/conferences/:kind')
  @Roles(...COORDINATION)
  @ApiParam({ name: 'kind', enum: CONFERENCE_KINDS, description: 'The opening or the closing work conference' })
  @ApiOperation({ summary: 'Record the opening or the closing work conference (the closing one not before the opening one)' })
  @ApiOkResponse({ type: ConferenceView })
  setConference(@Param('id') id: string, @Param('kind') kind: string, @Body() body: ConferenceDto) {
    return this.programmes.setConference(id, kind, body);
  }

  @Post('sector-programmes/:id/questions')
  @Roles(...COORDINATION)
  @ApiOperation({ summary: 'Add a chain and its question, mapped at the opening conference, under a theme' })
  @ApiCreatedResponse({ type: QuestionView })
  addQuestion(@Param('id') id: string, @Body() body: CreateQuestionDto) {
    return this.programmes.addQuestion(id, body);
  }

  @Delete('sector-questions/:id')
  @Roles(...COORDINATION)
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a mapped question' })
  @ApiNoContentResponse()
  async removeQuestion(@Param('id') id: string) {
    await this.programmes.removeQuestion(id);
  }

  @Post('sector-programmes/:id/agreements')
  @Roles(...COORDINATION)
  @ApiOperation({ summary: 'Record an agreement between chain partners, at or after the closing conference (from one of its chain groups when named)' })
  @ApiCreatedResponse({ type: AgreementView })
  addAgreement(@Param('id') id: string, @Body() body: CreateAgreementDto) {
    return this.programmes.addAgreement(id, body);
  }

  @Delete('agreements/:id')
  @Roles(...COORDINATION)
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove an agreement of a sector programme' })
  @ApiNoContentResponse()
  async removeAgreement(@Param('id') id: string) {
    await this.programmes.removeAgreement(id);
  }
}
