import { Body, Controller, Injectable, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { MeetingView } from '../dto';
import { Roles } from '@koers/server-auth';
import { BadInputError, Cohort, CohortParticipant, ConflictError, Db, Meeting, MeetingAttendance, type MeetingKind } from '@koers/server-db';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsDateString, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { In } from 'typeorm';
import { say } from '../shared/participants';

const KINDS: MeetingKind[] = ['kickoff', 'exchange', 'symposium'];

export class CreateMeetingDto {
  @ApiProperty({ enum: KINDS, description: 'startbijeenkomst, uitwisselingsbijeenkomst or symposium' }) @IsIn(KINDS) kind!: MeetingKind;
  @ApiProperty({ example: 'Startbijeenkomst Koplopers Assen' }) @IsString() @MinLength(1) @MaxLength(200) title!: string;
  @ApiProperty({ example: '2026-02-03T15:00:00+01:00' }) @IsDateString({ strict: true }) startsAt!: string;
  @ApiProperty({ example: 'Gemeentehuis Assen, raadzaal' }) @IsString() @MaxLength(200) location!: string;
  @ApiProperty({ example: '1. Welkom\n2. Het traject\n3. Kennismaken' }) @IsString() @MaxLength(5000) agenda!: string;
}

export class UpdateMeetingDto {
  @ApiPropertyOptional({ enum: KINDS }) @IsOptional() @IsIn(KINDS) kind?: MeetingKind;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(200) title?: string;
  @ApiPropertyOptional() @IsOptional() @IsDateString({ strict: true }) startsAt?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) location?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) agenda?: string;
}

export class AttendanceEntryDto {
  @ApiProperty() @IsUUID() participantId!: string;
  @ApiProperty() @IsBoolean() present!: boolean;
}

export class AttendanceDto {
  @ApiProperty({ type: [AttendanceEntryDto] }) @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => AttendanceEntryDto) attendance!: AttendanceEntryDto[];
}

/** Kickoff, exchange meetings and the symposium: agenda, place and who came. */
@Injectable()
export class MeetingsService {
  constructor(private readonly db: Db) {}

  async create(cohortId: string, dto: CreateMeetingDto) {
    const cohort = await this.db.findOwned(Cohort, cohortId);
    if (cohort.status === 'closed') throw new ConflictError(say({ nl: 'Deze Koplopergroep is afgesloten', en: 'This cohort is closed' }));
    const meeting = this.db.em.create(Meeting, { id: this.db.newId(), partnerId: cohort.partnerId, cohortId, ...dto, startsAt: new Date(dto.startsAt) });
    await this.db.em.insert(Meeting, meeting);
    return this.view(meeting.id);
  }

  async update(id: string, dto: UpdateMeetingDto) {
    const meeting = await this.db.findOwned(Meeting, id);
    Object.assign(meeting, dto, dto.startsAt ? { startsAt: new Date(dto.startsAt) } : {});
    await this.db.em.save(Meeting, meeting);
    return this.view(id);
  }

  /** Records who came; every participant named must be in the meeting's cohort (nothing is written otherwise). */
  async recordAttendance(id: string, dto: AttendanceDto) {
    const meeting = await this.db.findOwned(Meeting, id);
    const ids = dto.attendance.map((a) => a.participantId);
    const participants = ids.length ? await this.db.em.find(CohortParticipant, { where: { id: In(ids), cohortId: meeting.cohortId } }) : [];
    const unknown = dto.attendance.map((a, i) => ({ a, i })).filter(({ a }) => !participants.some((p) => p.id === a.participantId));
    if (unknown.length) {
      throw new BadInputError(`attendance.${unknown[0].i}.participantId`, 'geen deelnemer van deze groep / not a participant of this cohort', unknown.map(({ i }) => ({ field: `attendance.${i}.participantId`, message: 'geen deelnemer van deze groep / not a participant of this cohort' })));
    }
    for (const a of dto.attendance) {
      const p = participants.find((x) => x.id === a.participantId);
      if (!p) continue; // cannot happen: checked above
      await this.db.em.upsert(MeetingAttendance, { partnerId: meeting.partnerId, meetingId: id, participantId: p.id, organisationId: p.organisationId, present: a.present, recordedAt: new Date() }, ['meetingId', 'participantId']);
    }
    return this.view(id);
  }

  async view(id: string) {
    const meeting = await this.db.findOwned(Meeting, id);
    const attendance = await this.db.em.find(MeetingAttendance, { where: { meetingId: id } });
    return { ...meeting, attendance: attendance.map((a) => ({ participantId: a.participantId, present: a.present })) };
  }
}

@ApiTags('koploper')
@Controller()
export class MeetingsController {
  constructor(private readonly meetings: MeetingsService) {}

  @Post('cohorts/:id/meetings')
  @Roles('administrator', 'coordinator')
  @ApiCreatedResponse({ type: MeetingView })
  create(@Param('id') id: string, @Body() body: CreateMeetingDto) {
    return this.meetings.create(id, body);
  }

  @Patch('meetings/:id')
  @Roles('administrator', 'coordinator')
  @ApiOkResponse({ type: MeetingView })
  update(@Param('id') id: string, @Body() body: UpdateMeetingDto) {
    return this.meetings.update(id, body);
  }

  @Put('meetings/:id/attendance')
  @Roles('administrator', 'coordinator', 'adviser')
  @ApiOkResponse({ type: MeetingView })
  attendance(@Param('id') id: string, @Body() body: AttendanceDto) {
    return this.meetings.recordAttendance(id, body);
  }
}
