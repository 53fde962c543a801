import { Body, Controller, Get, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@koers/server-auth';
import {
  AddCandidateDto, ChainProposalListView, ChainProposalView, CreateMasterclassDto, CreateProposalDto, DecisionDto, DecisionView, IntakeDto, MasterclassDetailView, MasterclassListView,
  ModuleListView, OpportunitiesView, OutcomeDto, OutcomeView, SessionModulesDto, SessionModulesView, UpdateMasterclassDto,
} from './masterclasses.dto';
import { MasterclassesService } from './masterclasses.service';
import { ScanCandidates } from './scan-candidates';

const COORDINATION = ['administrator', 'coordinator'] as const;
const STAFF = ['administrator', 'coordinator', 'adviser', 'analyst'] as const;

/** CE-masterclasses (step 2). Enrolling, speakers (staff), sessions, attendance, invitations, start and close are the core's (/api/programme). */
@ApiTags('masterclass')
@Controller('masterclass')
export class MasterclassesController {
  constructor(
    private readonly masterclasses: MasterclassesService,
    private readonly candidates: ScanCandidates,
  ) {}

  @Get('masterclasses')
  @ApiOperation({ summary: 'The masterclasses the reader may see (a participant: its own), newest first' })
  @ApiOkResponse({ type: MasterclassListView })
  list() {
    return this.masterclasses.list();
  }

  @Post('masterclasses')
  @Roles(...COORDINATION)
  @ApiOperation({ summary: 'Plan a masterclass for SMEs or large companies, with its goals and co-organisers' })
  @ApiCreatedResponse({ type: MasterclassDetailView })
  create(@Body() body: CreateMasterclassDto) {
    return this.masterclasses.create(body);
  }

  @Get('masterclasses/:id')
  @ApiOperation({ summary: 'A masterclass with its participants, speakers, workshops and modules, outcomes, decision and proposals' })
  @ApiOkResponse({ type: MasterclassDetailView })
  get(@Param('id') id: string) {
    return this.masterclasses.get(id);
  }

  @Patch('masterclasses/:id')
  @Roles(...COORDINATION)
  @ApiOperation({ summary: "Change a masterclass's name, audience, goals, co-organisers, region, dates or phase plan" })
  @ApiOkResponse({ type: MasterclassDetailView })
  update(@Param('id') id: string, @Body() body: UpdateMasterclassDto) {
    return this.masterclasses.update(id, body);
  }

  @Post('masterclasses/:id/candidates')
  @Roles(...COORDINATION)
  @ApiOperation({ summary: 'Enrol a candidate of the region scan (an imported company becomes an organisation first)' })
  @ApiCreatedResponse({ type: MasterclassDetailView })
  addCandidate(@Param('id') id: string, @Body() body: AddCandidateDto) {
    return this.masterclasses.addCandidate(id, body.key, (scanCompanyId) => this.candidates.organisationFor(scanCompanyId, body.key));
  }

  @Get('modules')
  @ApiOperation({ summary: 'The CE module library: each module with its description and the audiences it suits' })
  @ApiOkResponse({ type: ModuleListView })
  modules() {
    return this.masterclasses.modules();
  }

  @Put('sessions/:sessionId/modules')
  @Roles(...COORDINATION)
  @ApiOperation({ summary: 'Set the modules a workshop of a masterclass treats (from the library, in order)' })
  @ApiOkResponse({ type: SessionModulesView })
  sessionModules(@Param('sessionId') sessionId: string, @Body() body: SessionModulesDto) {
    return this.masterclasses.setSessionModules(sessionId, body.moduleIds);
  }

  @Put('enrolments/:id/intake')
  @Roles(...COORDINATION, 'participant')
  @ApiOperation({ summary: "An entrepreneur's intake: ambition, where it stands on the R-ladder, what it hopes to get" })
  @ApiOkResponse({ type: OutcomeView })
  intake(@Param('id') id: string, @Body() body: IntakeDto) {
    return this.masterclasses.intake(id, body);
  }

  @Put('enrolments/:id/outcome')
  @Roles(...COORDINATION, 'participant')
  @ApiOperation({ summary: "An entrepreneur's outcome: innovation fields, candidate chain partners and shared opportunities" })
  @ApiOkResponse({ type: OutcomeView })
  outcome(@Param('id') id: string, @Body() body: OutcomeDto) {
    return this.masterclasses.outcome(id, body);
  }

  @Get('masterclasses/:id/opportunities')
  @Roles(...STAFF)
  @ApiOperation({ summary: "The group's opportunities together: which innovation fields and which participant pairs recur" })
  @ApiOkResponse({ type: OpportunitiesView })
  opportunities(@Param('id') id: string) {
    return this.masterclasses.opportunities(id);
  }

  @Put('masterclasses/:id/decision')
  @Roles(...COORDINATION)
  @ApiOperation({ summary: "Record the group's decision, go or no go, with its reasons (once the masterclass has started)" })
  @ApiOkResponse({ type: DecisionView })
  decide(@Param('id') id: string, @Body() body: DecisionDto) {
    return this.masterclasses.decide(id, body);
  }

  @Post('masterclasses/:id/proposals')
  @Roles(...COORDINATION)
  @ApiOperation({ summary: 'Turn a shared opportunity into a chain-project proposal for step 3 (only after go)' })
  @ApiCreatedResponse({ type: ChainProposalView })
  propose(@Param('id') id: string, @Body() body: CreateProposalDto) {
    return this.masterclasses.propose(id, body);
  }

  @Get('proposals')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'The chain-project proposals of every masterclass, newest first: the records step 3 picks up' })
  @ApiOkResponse({ type: ChainProposalListView })
  proposals() {
    return this.masterclasses.proposals();
  }
}
