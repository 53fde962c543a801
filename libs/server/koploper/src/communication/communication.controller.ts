import { ApiFileUpload } from '@koers/server-files';
import { Body, Controller, Get, HttpCode, Param, Post, Put, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags, ApiOperation } from '@nestjs/swagger';
import { STAFF_ROLES } from '@koers/domain';
import { Roles } from '@koers/server-auth';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AwardPrizeDto, PrizeView, PutCommunicationDto, PutJuryDto, PutScoresDto, SubmissionView } from './communication.dto';
import { CommunicationService } from './communication.service';
import { PrizeService } from './prize.service';

/** Who works on the communicatieopdracht: the participant itself (row-level security keeps it to its own) and its adviser. */
const WRITE = ['adviser', 'participant'] as const;

@ApiTags('koploper')
@Controller('koploper/participants/:pid')
export class CommunicationController {
  constructor(private readonly communication: CommunicationService) {}

  /** The text (a draft until submitted; 409 once submitted). */
  @Put('communication')
  @ApiOperation({ summary: "Write the text of a participant's communication assignment" })
  @Roles(...WRITE)
  @ApiOkResponse({ type: SubmissionView })
  putText(@Param('pid') pid: string, @Body() body: PutCommunicationDto) {
    return this.communication.putText(pid, body.text);
  }

  /** One file per request: pdf, png, jpeg, docx, pptx or mp4, max 10 MB, at most 10 per assignment. */
  @Post('communication/files')
  @ApiOperation({ summary: "Attach a file to a participant's communication assignment" })
  @Roles(...WRITE)
  @HttpCode(200)
  @ApiFileUpload('pdf, png, jpeg, docx, pptx or mp4; max 10 MB')
  @ApiOkResponse({ type: SubmissionView })
  addFile(@Param('pid') pid: string, @Req() req: FastifyRequest) {
    return this.communication.addFile(pid, req);
  }

  /** Hands it to the jury; 409 without a text. */
  @Post('communication/submit')
  @ApiOperation({ summary: "Submit a participant's communication assignment (final)" })
  @Roles(...WRITE)
  @HttpCode(200)
  @ApiOkResponse({ type: SubmissionView })
  submit(@Param('pid') pid: string) {
    return this.communication.submit(pid);
  }

  /** The certificaat van deelname (PDF) once the symposium is reached; 409 before, and while the worker renders it. */
  @Get('participation-certificate.pdf')
  @ApiOperation({ summary: "A participant's certificate of participation (PDF)" })
  @ApiProduces('application/pdf')
  participationCertificate(@Param('pid') pid: string, @Res() reply: FastifyReply) {
    return this.communication.participationCertificate(pid, reply);
  }
}

@ApiTags('koploper')
@Controller('koploper')
export class PrizeController {
  constructor(private readonly prize: PrizeService) {}

  /** Replaces the jury of the Koploperprijs (staff users of this partner). */
  @Put('cohorts/:id/jury')
  @ApiOperation({ summary: "Set the jury of a cohort's Koploper prize" })
  @Roles('administrator', 'coordinator')
  @ApiOkResponse({ type: PrizeView })
  setJury(@Param('id') id: string, @Body() body: PutJuryDto) {
    return this.prize.setJury(id, body.userIds);
  }

  /** Criteria, jury, entries ranked by total, the leaders (a tie when more than one) and the winner. */
  @Get('cohorts/:id/prize')
  @ApiOperation({ summary: "A cohort's Koploper prize: criteria, entries, scores and ranking" })
  @Roles(...STAFF_ROLES)
  @ApiOkResponse({ type: PrizeView })
  get(@Param('id') id: string) {
    return this.prize.get(id);
  }

  /** A juror's scores for one submitted assignment, on every criterion (403 for anyone not on the jury). */
  @Put('communication/:submissionId/scores')
  @ApiOperation({ summary: "A juror's scores for one communication assignment" })
  @Roles(...STAFF_ROLES)
  @ApiOkResponse({ type: PrizeView })
  score(@Param('submissionId') submissionId: string, @Body() body: PutScoresDto) {
    return this.prize.score(submissionId, body.scores);
  }

  /** Awards the prize to (one of) the highest totals; 409 for anyone else. */
  @Post('cohorts/:id/prize')
  @ApiOperation({ summary: 'Award the Koploper prize to the leading participant' })
  @Roles('administrator', 'coordinator')
  @HttpCode(200)
  @ApiOkResponse({ type: PrizeView })
  award(@Param('id') id: string, @Body() body: AwardPrizeDto) {
    return this.prize.award(id, body.participantId);
  }
}
