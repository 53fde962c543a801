import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { Public, Roles } from '@koers/server-auth';
import {
  AwardCsrCertificateDto,
  CsrCertificateListView,
  CsrCertificateQuery, CsrRegisterQuery,
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
  constructor(private readonly certificates: CertificatesService) {}

  @Public()
  @Get('csr-register')
  @ApiOperation({ summary: 'The public register of valid MVO-certificaten, searchable by company, municipality or number' })
  @ApiOkResponse({ type: CsrRegisterView })
  register(@Query() q: CsrRegisterQuery) {
    return this.certificates.register(q);
  }
}
