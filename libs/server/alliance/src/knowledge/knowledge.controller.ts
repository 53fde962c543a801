import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { ClientAddress, Public, Roles } from '@koers/server-auth';
import { ApiFileUpload } from '@koers/server-files';
import { EnqueuesJobs } from '@koers/server-queue';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  AcceptAllianceApplicationDto, AllianceApplicationListView, AllianceApplicationQueryDto, AllianceApplicationReceiptView, AllianceApplicationView, DeclineAllianceApplicationDto, JoinApplicationDto, PublicPlatformListView,
} from '../applications/applications.dto';
import { ApplicationThrottle } from '../applications/application-throttle';
import { ApplicationsService } from '../applications/applications.service';
import {
  KnowledgeItemDto, KnowledgeItemView, KnowledgeListView, KnowledgeQueryDto, PublicShowcaseListView, ShowcaseDto, ShowcaseListView, ShowcaseView, UpdateShowcaseDto,
} from './knowledge.dto';
import { KnowledgeService } from './knowledge.service';

const STAFF = ['administrator', 'coordinator', 'adviser', 'analyst'] as const;
const SHOWCASE_WRITERS = ['administrator', 'coordinator', 'adviser'] as const;

/** A CSR platform's knowledge space and showcase, for its members (docs/alliance.md). */
@ApiTags('alliance')
@Controller('alliance')
export class KnowledgeController {
  constructor(
    private readonly knowledge: KnowledgeService,
    private readonly applications: ApplicationsService,
  ) {}

  @Get('platforms/:id/knowledge')
  @Roles(...STAFF)
  @ApiOperation({ summary: "The platform's knowledge space, newest first: search words, a tag or a kind narrow it; 404 unless the reader's partner is a member" })
  @ApiOkResponse({ type: KnowledgeListView })
  list(@Param('id') id: string, @Query() query: KnowledgeQueryDto) {
    return this.knowledge.list(id, query);
  }

  @Post('platforms/:id/knowledge')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'Share a document, material of a meeting or masterclass, or a link with the platform\'s members' })
  @ApiCreatedResponse({ type: KnowledgeItemView })
  add(@Param('id') id: string, @Body() body: KnowledgeItemDto) {
    return this.knowledge.add(id, body);
  }

  @Delete('knowledge/:id')
  @Roles(...STAFF)
  @HttpCode(204)
  @ApiOperation({ summary: "Remove a knowledge item (the author's partner, or the secretariat)" })
  @ApiNoContentResponse()
  async remove(@Param('id') id: string) {
    await this.knowledge.remove(id);
  }

  @Post('knowledge/:id/document')
  @Roles(...STAFF)
  @HttpCode(200)
  @ApiFileUpload('pdf, png, jpeg, docx, pptx or xlsx; max 10 MB')
  @ApiOperation({ summary: "Upload a knowledge item's document (replaces an earlier one)" })
  @ApiOkResponse({ type: KnowledgeItemView })
  attach(@Param('id') id: string, @Req() req: FastifyRequest) {
    return this.knowledge.attach(id, req);
  }

  @Get('knowledge/:id/document')
  @Roles(...STAFF)
  @ApiOperation({ summary: "Download a knowledge item's document" })
  @ApiProduces('application/octet-stream')
  document(@Param('id') id: string, @Res() reply: FastifyReply) {
    return this.knowledge.document(id, reply);
  }

  @Get('platforms/:id/showcases')
  @Roles(...STAFF)
  @ApiOperation({ summary: "The platform's showcase: example projects of participating companies, each saying whether the company's consent shows it publicly" })
  @ApiOkResponse({ type: ShowcaseListView })
  showcases(@Param('id') id: string) {
    return this.knowledge.showcases(id);
  }

  @Post('platforms/:id/showcases')
  @Roles(...SHOWCASE_WRITERS)
  @ApiOperation({ summary: 'Add an example project of a company the partner works with (public only with its consent, part showcase)' })
  @ApiCreatedResponse({ type: ShowcaseView })
  addShowcase(@Param('id') id: string, @Body() body: ShowcaseDto) {
    return this.knowledge.addShowcase(id, body);
  }

  @Patch('showcases/:id')
  @Roles(...SHOWCASE_WRITERS)
  @ApiOperation({ summary: 'Change an example project' })
  @ApiOkResponse({ type: ShowcaseView })
  updateShowcase(@Param('id') id: string, @Body() body: UpdateShowcaseDto) {
    return this.knowledge.updateShowcase(id, body);
  }

  @Delete('showcases/:id')
  @Roles(...SHOWCASE_WRITERS)
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove an example project' })
  @ApiNoContentResponse()
  async removeShowcase(@Param('id') id: string) {
    await this.knowledge.removeShowcase(id);
  }

  @Get('applications')
  @Roles('administrator')
  @ApiOperation({ summary: 'Applications to join the alliance (the secretariat\'s administrator only; 403 alliance.not_secretariat for others)' })
  @ApiOkResponse({ type: AllianceApplicationListView })
  listApplications(@Query() query: AllianceApplicationQueryDto) {
    return this.applications.list(query);
  }

  @Post('applications/:id/accept')
  @Roles('administrator')
  @HttpCode(200)
  @EnqueuesJobs()
  @ApiOperation({ summary: 'Accept: makes the partner, its administrator and the platform membership in one transaction; the applicant is mailed' })
  @ApiOkResponse({ type: AllianceApplicationView })
  accept(@Param('id') id: string, @Body() body: AcceptAllianceApplicationDto) {
    return this.applications.accept(id, body);
  }

  @Post('applications/:id/decline')
  @Roles('administrator')
  @HttpCode(200)
  @EnqueuesJobs()
  @ApiOperation({ summary: 'Decline with a reason; the applicant is mailed it' })
  @ApiOkResponse({ type: AllianceApplicationView })
  decline(@Param('id') id: string, @Body() body: DeclineAllianceApplicationDto) {
    return this.applications.decline(id, body);
  }
}

/** The public pages: the showcase of consented example projects and the application to join, without an account. */
@ApiTags('alliance')
@Controller('public/alliance')
export class PublicAllianceController {
  constructor(
    private readonly knowledge: KnowledgeService,
    private readonly applications: ApplicationsService,
    private readonly throttle: ApplicationThrottle,
  ) {}

  @Public()
  @Get('showcases')
  @ApiOperation({ summary: "Example projects of companies that consented (part showcase) to the keeping partner; each figure names its source" })
  @ApiOkResponse({ type: PublicShowcaseListView })
  @ApiTooManyRequestsResponse({ description: 'Too many requests from this client address (`alliance.too_many_requests`); try again after `Retry-After` seconds' })
  async showcases(@ClientAddress() client: string) {
    await this.throttle.read(client);
    return this.knowledge.publicShowcases();
  }

  @Public()
  @Get('platforms')
  @ApiOperation({ summary: 'The CSR platforms an applicant can choose (names and regions)' })
  @ApiOkResponse({ type: PublicPlatformListView })
  @ApiTooManyRequestsResponse({ description: 'Too many requests from this client address (`alliance.too_many_requests`); try again after `Retry-After` seconds' })
  async platforms(@ClientAddress() client: string) {
    await this.throttle.read(client);
    return this.applications.publicPlatforms();
  }

  @Public()
  @Post('applications')
  @ApiOperation({ summary: 'Apply to join the alliance as a partner (no account); the secretariat decides and mails the outcome' })
  @ApiCreatedResponse({ type: AllianceApplicationReceiptView })
  @ApiTooManyRequestsResponse({ description: 'Too many applications from this e-mail address or client address (`alliance.too_many_applications`); try again after `Retry-After` seconds' })
  apply(@Body() body: JoinApplicationDto, @ClientAddress() client: string) {
    return this.applications.apply(body, client);
  }
}
