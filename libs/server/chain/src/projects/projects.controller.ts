import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@koers/server-auth';
import {
  AddChainMemberDto, AddSpecialistDto, ChainProjectDetailView, ChainProjectListView, CreateChainProjectDto, MoveProjectPhaseDto, UpdateChainMemberDto, UpdateChainProjectDto,
} from './projects.dto';
import { ChainProjectsService } from './projects.service';

const COORDINATION = ['administrator', 'coordinator'] as const;
const WRITE = ['administrator', 'coordinator', 'adviser'] as const;

/**
 * Chain projects (step 3). Sessions with attendance, decisions and actions,
 * invitations, staff removal, start and close are the core's (/api/programme);
 * a project closes only after four sessions took place.
 */
@ApiTags('chain')
@Controller('chain')
export class ChainProjectsController {
  constructor(private readonly projects: ChainProjectsService) {}

  @Get('projects')
  @ApiOperation({ summary: 'The chain projects the reader may see (a participant: its own), newest first' })
  @ApiOkResponse({ type: ChainProjectListView })
  list() {
    return this.projects.list();
  }

  @Post('projects')
  @Roles(...COORDINATION)
  @ApiOperation({ summary: 'Start a chain project (6-24 months) directly, from a masterclass proposal or from a joint application, with its lead and chain partners' })
  @ApiCreatedResponse({ type: ChainProjectDetailView })
  create(@Body() body: CreateChainProjectDto) {
    return this.projects.create(body);
  }

  @Get('projects/:id')
  @ApiOperation({ summary: 'A chain project with its partners and their roles, specialists, phases, sessions, flow maps and impact' })
  @ApiOkResponse({ type: ChainProjectDetailView })
  get(@Param('id') id: string) {
    return this.projects.get(id);
  }

  @Patch('projects/:id')
  @Roles(...COORDINATION)
  @ApiOperation({ summary: "Change a chain project's name, subject, goal, theme, dates or phase plan" })
  @ApiOkResponse({ type: ChainProjectDetailView })
  update(@Param('id') id: string, @Body() body: UpdateChainProjectDto) {
    return this.projects.update(id, body);
  }

  @Post('projects/:id/members')
  @Roles(...COORDINATION)
  @ApiOperation({ summary: 'Add the lead or a chain partner with its role in the chain' })
  @ApiCreatedResponse({ type: ChainProjectDetailView })
  addMember(@Param('id') id: string, @Body() body: AddChainMemberDto) {
    return this.projects.addMember(id, body);
  }

  @Patch('members/:participantId')
  @Roles(...COORDINATION)
  @ApiOperation({ summary: "Change a chain partner's role in the chain" })
  @ApiOkResponse({ type: ChainProjectDetailView })
  updateMember(@Param('participantId') participantId: string, @Body() body: UpdateChainMemberDto) {
    return this.projects.updateMember(participantId, body.chainRole);
  }

  @Post('projects/:id/specialists')
  @Roles(...COORDINATION)
  @ApiOperation({ summary: 'Add a specialist to the pool: a designer, university, research institute, adviser, ... with what it contributes' })
  @ApiCreatedResponse({ type: ChainProjectDetailView })
  addSpecialist(@Param('id') id: string, @Body() body: AddSpecialistDto) {
    return this.projects.addSpecialist(id, body);
  }

  @Post('projects/:id/phase')
  @Roles(...WRITE)
  @HttpCode(200)
  @ApiOperation({ summary: 'Move the project (every active partner) to its next phase; the date reached is kept' })
  @ApiOkResponse({ type: ChainProjectDetailView })
  movePhase(@Param('id') id: string, @Body() body: MoveProjectPhaseDto) {
    return this.projects.movePhase(id, body.phase, body.reason);
  }

  @Post('projects/:id/report')
  @Roles(...WRITE)
  @HttpCode(202)
  @ApiOperation({ summary: 'Have the results report (PDF: Sankey as-is and redesigned, indicators, business case, results) rendered again' })
  @ApiOkResponse({ type: ChainProjectDetailView, description: 'Accepted: reportFileId is set once the worker has rendered it' })
  report(@Param('id') id: string) {
    return this.projects.renderReport(id);
  }
}
