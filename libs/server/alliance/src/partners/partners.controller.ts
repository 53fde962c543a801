import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Roles } from '@koers/server-auth';
import { ApiFileUpload } from '@koers/server-files';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  AllianceOverviewView, AlliancePartnerView, CommitmentDto, CommitmentView, ContractDto, FulfilmentDto, FulfilmentView, PartnerContractView, UpdateAlliancePartnerDto, UpdateCommitmentDto,
} from './partners.dto';
import { PartnersService } from './partners.service';

const STAFF = ['administrator', 'coordinator', 'adviser', 'analyst'] as const;

/**
 * The alliance's partners and their partner contracts. Every partner's staff
 * read them; a partner's administrator keeps its own contract, the
 * secretariat's administrators keep every partner's.
 */
@ApiTags('alliance')
@Controller('alliance')
export class PartnersController {
  constructor(private readonly partners: PartnersService) {}

  @Get('partners')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'The alliance overview: every partner with its kind, its contract and which commitments are met' })
  @ApiOkResponse({ type: AllianceOverviewView })
  overview() {
    return this.partners.overview();
  }

  @Patch('partners/:slug')
  @Roles('administrator')
  @ApiOperation({ summary: "Set a partner's kind and description (its own administrator, or the secretariat's)" })
  @ApiOkResponse({ type: AlliancePartnerView })
  update(@Param('slug') slug: string, @Body() body: UpdateAlliancePartnerDto) {
    return this.partners.updatePartner(slug, body);
  }

  @Get('partners/:slug/contract')
  @Roles(...STAFF)
  @ApiOperation({ summary: "A partner's contract with its commitments and each one's fulfilment over time (404 while none is recorded)" })
  @ApiOkResponse({ type: PartnerContractView })
  contract(@Param('slug') slug: string) {
    return this.partners.contract(slug);
  }

  @Put('partners/:slug/contract')
  @Roles('administrator')
  @ApiOperation({ summary: 'Record the signed partner contract (when, by whom), or correct it' })
  @ApiOkResponse({ type: PartnerContractView })
  putContract(@Param('slug') slug: string, @Body() body: ContractDto) {
    return this.partners.putContract(slug, body);
  }

  @Post('partners/:slug/contract/commitments')
  @Roles('administrator')
  @ApiOperation({ summary: "Add a commitment on one of the contract's five points (an ambition for the own contribution; form and amount for the contribution)" })
  @ApiCreatedResponse({ type: CommitmentView })
  addCommitment(@Param('slug') slug: string, @Body() body: CommitmentDto) {
    return this.partners.addCommitment(slug, body);
  }

  @Patch('commitments/:id')
  @Roles('administrator')
  @ApiOperation({ summary: 'Change what a commitment says (its point stays)' })
  @ApiOkResponse({ type: CommitmentView })
  updateCommitment(@Param('id') id: string, @Body() body: UpdateCommitmentDto) {
    return this.partners.updateCommitment(id, body);
  }

  @Delete('commitments/:id')
  @Roles('administrator')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a commitment with its fulfilment entries' })
  @ApiNoContentResponse()
  async deleteCommitment(@Param('id') id: string) {
    await this.partners.deleteCommitment(id);
  }

  @Post('commitments/:id/fulfilments')
  @Roles('administrator')
  @ApiOperation({ summary: 'Record how far a commitment is met on a date (met, partly, not yet), with a note and a link as evidence' })
  @ApiCreatedResponse({ type: FulfilmentView })
  addFulfilment(@Param('id') id: string, @Body() body: FulfilmentDto) {
    return this.partners.addFulfilment(id, body);
  }

  @Post('fulfilments/:id/evidence')
  @Roles('administrator')
  @HttpCode(200)
  @ApiFileUpload('pdf, png, jpeg, docx, pptx or xlsx; max 10 MB')
  @ApiOperation({ summary: "Attach a file as a fulfilment entry's evidence" })
  @ApiOkResponse({ type: FulfilmentView })
  attachEvidence(@Param('id') id: string, @Req() req: FastifyRequest) {
    return this.partners.attachEvidence(id, req);
  }

  @Get('fulfilments/:id/evidence')
  @Roles(...STAFF)
  @ApiOperation({ summary: "Download a fulfilment entry's evidence file" })
  @ApiProduces('application/octet-stream')
  evidence(@Param('id') id: string, @Res() reply: FastifyReply) {
    return this.partners.evidence(id, reply);
  }
}
