import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles, SearchPageQueryDto } from '@koers/server-auth';
import { CreateOrganisationDto, GrantConsentDto, OrganisationPage, OrganisationView, PartnerView, UpdateOrganisationDto } from './dto';
import { OrganisationsService } from './organisations.service';

@ApiTags('organisations')
@Controller()
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get('partners/current')
  @ApiOperation({ summary: 'Show the partner of the active membership' })
  @ApiOkResponse({ type: PartnerView })
  async currentPartner(): Promise<PartnerView> {
    const p = await this.organisations.currentPartner();
    return { id: p.id, name: p.name, slug: p.slug };
  }

  @Get('organisations')
  @ApiOperation({ summary: 'List the organisations this partner may see, with search and pages' })
  @ApiOkResponse({ type: OrganisationPage })
  list(@Query() q: SearchPageQueryDto) {
    return this.organisations.list(q.search, q.page, q.pageSize);
  }

  @Get('organisations/:id')
  @ApiOperation({ summary: 'Show one organisation' })
  @ApiOkResponse({ type: OrganisationView })
  get(@Param('id') id: string) {
    return this.organisations.get(id);
  }

  @Post('organisations')
  @Roles('administrator', 'coordinator')
  @ApiOperation({ summary: "Register an organisation in one of the partner's programme steps" })
  @ApiCreatedResponse({ type: OrganisationView })
  create(@Body() body: CreateOrganisationDto) {
    return this.organisations.create(body);
  }

  @Patch('organisations/:id')
  @Roles('administrator', 'coordinator', 'adviser', 'participant')
  @ApiOperation({ summary: "Change an organisation's name or details" })
  @ApiOkResponse({ type: OrganisationView })
  update(@Param('id') id: string, @Body() body: UpdateOrganisationDto) {
    return this.organisations.update(id, body);
  }

  @Get('organisations/:id/consents')
  @ApiOperation({ summary: 'List the partners an organisation has let see its record' })
  listConsents(@Param('id') id: string) {
    return this.organisations.listConsents(id);
  }

  /** A participant lets another partner see its record (e.g. before joining that partner's step). */
  @Post('organisations/:id/consents')
  @Roles('participant')
  @ApiOperation({ summary: 'Let another partner see this organisation (by partner slug)' })
  grantConsent(@Param('id') id: string, @Body() body: GrantConsentDto) {
    return this.organisations.grantConsent(id, body.partnerSlug);
  }

  @Delete('organisations/:id/consents/:consentId')
  @Roles('participant')
  @HttpCode(204)
  @ApiOperation({ summary: 'Withdraw a consent given to another partner' })
  @ApiNoContentResponse({ description: 'Withdrawn' })
  async revokeConsent(@Param('id') id: string, @Param('consentId') consentId: string) {
    await this.organisations.revokeConsent(id, consentId);
  }
}
