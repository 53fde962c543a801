import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuthThrottle, Public, Roles } from '@koers/server-auth';
import {
  AwardCsrCertificateDto,
  CsrCertificateListView,
  CsrCertificateQuery, CsrRegisterCertificateView, CsrRegisterNumberParams, CsrRegisterQuery,
  CsrCertificateView,
  CsrRegisterView,
  ReviewCsrCertificateDto,
  RevokeCsrCertificateDto,
} from './certificates.dto';
import { CertificatesService } from './certificates.service';

/** Who reviews, awards and revokes: the partner's administrators and coordinators (never the company's own adviser). */
const REVIEWERS = ['administrator', 'coordinator'] as const;

@ApiTags('koploper')
@Controller('koploper')
export class CertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  /** Applies with the published profile, action plan and vision attached (409 naming what is missing). */
  @Post('participants/:pid/csr-certificate')
  @ApiOperation({ summary: 'Apply for the MVO-certificaat with the published profile, action plan and vision' })
  @Roles('participant', 'adviser')
  @ApiCreatedResponse({ type: CsrCertificateView })
  apply(@Param('pid') pid: string) {
    return this.certificates.apply(pid);
  }

  @Get('csr-certificates')
  @ApiOperation({ summary: 'MVO-certificaat applications and certificates of this partner, by status' })
  @Roles(...REVIEWERS)
  @ApiOkResponse({ type: CsrCertificateListView })
  list(@Query() q: CsrCertificateQuery) {
    return this.certificates.list(q.status);
  }

  @Get('csr-certificates/:id')
  @ApiOperation({ summary: 'One MVO-certificaat application or certificate' })
  @ApiOkResponse({ type: CsrCertificateView })
  get(@Param('id') id: string) {
    return this.certificates.get(id);
  }

  /** The certificate as a document: number, company, validity, what it means, link and QR code to its page in the public register. */
  @Get('csr-certificates/:id/pdf')
  @ApiOperation({ summary: 'An awarded MVO-certificaat as a PDF, with the link and QR code to its page in the public register' })
  @ApiProduces('application/pdf')
  pdf(@Param('id') id: string, @Res() reply: FastifyReply) {
    return this.certificates.pdf(id, reply);
  }

  @Post('csr-certificates/:id/review')
  @ApiOperation({ summary: 'Approve (with conditions) or reject an MVO-certificaat application' })
  @Roles(...REVIEWERS)
  @HttpCode(200)
  @ApiOkResponse({ type: CsrCertificateView })
  review(@Param('id') id: string, @Body() body: ReviewCsrCertificateDto) {
    return this.certificates.review(id, body);
  }

  /** Number MVO-YYYY-NNNN and validity (default 3 years) from today. */
  @Post('csr-certificates/:id/award')
  @ApiOperation({ summary: 'Award an approved MVO-certificaat with its number and validity' })
  @Roles(...REVIEWERS)
  @HttpCode(200)
  @ApiOkResponse({ type: CsrCertificateView })
  award(@Param('id') id: string, @Body() body: AwardCsrCertificateDto) {
    return this.certificates.award(id, body.validYears);
  }

  @Post('csr-certificates/:id/revoke')
  @ApiOperation({ summary: 'Revoke an awarded MVO-certificaat, with the reason' })
  @Roles(...REVIEWERS)
  @HttpCode(200)
  @ApiOkResponse({ type: CsrCertificateView })
  revoke(@Param('id') id: string, @Body() body: RevokeCsrCertificateDto) {
    return this.certificates.revoke(id, body.reason);
  }
}

/** The public register of MVO-certificaten: no sign-in, every partner, only the public fields. */
@ApiTags('koploper')
@Controller('public')
export class CsrRegisterController {
  constructor(
    private readonly certificates: CertificatesService,
    private readonly throttle: AuthThrottle,
  ) {}

  @Public()
  @Get('csr-register')
  @ApiOperation({ summary: 'The public register of valid MVO-certificaten, searchable by company, municipality or number' })
  @ApiOkResponse({ type: CsrRegisterView })
  async register(@Query() q: CsrRegisterQuery, @Req() req: FastifyRequest) {
    await this.throttle.publicRegisterRequest(req.ip);
    return this.certificates.register(q);
  }

  /** The page the certificate's link and QR code open: valid, expired or revoked; 404 naming an unknown number. */
  @Public()
  @Get('csr-register/:number')
  @ApiOperation({ summary: "One MVO-certificaat's page in the public register: its status and what it means" })
  @ApiOkResponse({ type: CsrRegisterCertificateView })
  async entry(@Param() p: CsrRegisterNumberParams, @Req() req: FastifyRequest) {
    await this.throttle.publicRegisterRequest(req.ip);
    return this.certificates.registerEntry(p.number);
  }
}
