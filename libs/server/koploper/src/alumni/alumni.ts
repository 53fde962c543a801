import { Body, Controller, Get, HttpCode, Injectable, Post } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags, ApiOperation } from '@nestjs/swagger';
import { MailService, Roles } from '@koers/server-auth';
import { AlumniInvitation, BadInputError, Db, Membership, Partner, User } from '@koers/server-db';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { In } from 'typeorm';

const ACTIVITIES = ['masterclass', 'chain_project', 'event'] as const;
type Activity = (typeof ACTIVITIES)[number];
const ACTIVITY_LABELS: Record<Activity, { nl: string; en: string }> = {
  masterclass: { nl: 'CE-masterclass (stap 2)', en: 'circular-economy masterclass (step 2)' },
  chain_project: { nl: 'ketenproject (stap 3)', en: 'chain project (step 3)' },
  event: { nl: 'bijeenkomst van het Koplopernetwerk', en: 'Koploper network event' },
};

export class InviteAlumniDto {
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(500) @IsUUID('all', { each: true }) organisationIds!: string[];
  @ApiProperty({ enum: ACTIVITIES }) @IsIn(ACTIVITIES) activity!: Activity;
  @ApiProperty({ example: 'Uitnodiging CE-masterclass voorjaar 2027' }) @IsString() @MinLength(1) @MaxLength(200) subject!: string;
  @ApiProperty({ example: 'Graag nodigen wij u uit voor …' }) @IsString() @MinLength(1) @MaxLength(5000) message!: string;
}

interface AlumnusRow {
  organisation_id: string;
  organisation_name: string;
  municipality: string | null;
  cohort_id: string;
  cohort_name: string;
  year: number;
  csr_certificate: string | null;
}

/** The Koplopernetwerk: companies that finished the track, and invitations to what comes next. */
@Injectable()
export class AlumniService {
  constructor(
    private readonly db: Db,
    private readonly mail: MailService,
  ) {}

  async list() {
    const rows: AlumnusRow[] = await this.db.em.query(`
      select distinct on (cp.organisation_id) cp.organisation_id, o.name as organisation_name, o.municipality, c.id as cohort_id, c.name as cohort_name,
        extract(year from c.ends_on)::int as year,
        (select cc.number from csr_certificate cc where cc.organisation_id = cp.organisation_id and cc.status = 'awarded' order by cc.awarded_on desc limit 1) as csr_certificate
      from enrolment cp join programme_group c on c.id = cp.group_id join organisation o on o.id = cp.organisation_id
      where c.step = 'koploper' and cp.phase = 'alumni'
      order by cp.organisation_id, c.ends_on desc`);
    const items = rows
      .map((r) => ({ organisationId: r.organisation_id, organisationName: r.organisation_name, municipality: r.municipality, cohortId: r.cohort_id, cohortName: r.cohort_name, year: r.year, csrCertificate: r.csr_certificate }))
      .sort((a, b) => b.year - a.year || a.organisationName.localeCompare(b.organisationName, 'nl'));
    return { items, total: items.length };
  }

  /** Mails the participant users of the chosen alumni; every id must be an alumnus of this partner (nothing is sent otherwise). */
  async invite(dto: InviteAlumniDto) {
    const alumni = new Set((await this.list()).items.map((a) => a.organisationId));
    const unknown = dto.organisationIds.map((id, i) => ({ id, i })).filter(({ id }) => !alumni.has(id));
    if (unknown.length) {
      const text = { nl: 'Geen alumnus van deze partner', en: 'Not an alumnus of this partner' };
      throw BadInputError.many(unknown.map(({ i }) => ({ field: `organisationIds.${i}`, text, code: 'alumni.unknown' })));
    }
    const ids = [...new Set(dto.organisationIds)];
    const memberships = await this.db.em.find(Membership, { where: { organisationId: In(ids), role: 'participant' } });
    const users = memberships.length ? await this.db.em.find(User, { where: { id: In(memberships.map((m) => m.userId)) } }) : [];
    const partner = await this.db.findOwned(Partner, this.db.tenant.partnerId);
    for (const organisationId of ids) {
      await this.db.em.insert(AlumniInvitation, { id: this.db.newId(), partnerId: partner.id, organisationId, activity: dto.activity, subject: dto.subject, message: dto.message, sentBy: this.db.tenant.userId });
    }
    const label = ACTIVITY_LABELS[dto.activity];
    for (const user of users) {
      await this.mail.send({
        to: user.email,
        subject: dto.subject,
        text: `Beste ${user.name},\n\n${dto.message}\n\n(${partner.name}: uitnodiging voor een ${label.nl} / invitation to a ${label.en})\n`,
      });
    }
    return { sent: users.length, organisations: ids.length };
  }
}

class AlumnusView {
  @ApiProperty() organisationId!: string;
  @ApiProperty({ example: 'Bakkerij De Vries' }) organisationName!: string;
  @ApiProperty({ type: String, nullable: true }) municipality!: string | null;
  @ApiProperty() cohortId!: string;
  @ApiProperty() cohortName!: string;
  @ApiProperty({ example: 2026, description: 'The year its cohort ended' }) year!: number;
  @ApiProperty({ type: String, nullable: true, example: 'MVO-2026-0001', description: 'Its latest awarded CSR certificate' }) csrCertificate!: string | null;
}

class AlumniListView {
  @ApiProperty({ type: [AlumnusView] }) items!: AlumnusView[];
  @ApiProperty() total!: number;
}

class AlumniInvitedView {
  @ApiProperty({ description: "Mails sent to the organisations' participant users" }) sent!: number;
  @ApiProperty({ description: 'Organisations invited' }) organisations!: number;
}

@ApiTags('koploper')
@Controller('koploper/alumni')
export class AlumniController {
  constructor(private readonly alumni: AlumniService) {}

  @Get()
  @ApiOperation({ summary: 'The Koplopernetwerk: companies that finished the track' })
  @Roles('administrator', 'coordinator', 'adviser', 'analyst')
  @ApiOkResponse({ type: AlumniListView })
  list() {
    return this.alumni.list();
  }

  @Post('invitations')
  @ApiOperation({ summary: 'Invite alumni by mail to a masterclass, chain project or event' })
  @Roles('administrator', 'coordinator')
  @HttpCode(200)
  @ApiOkResponse({ type: AlumniInvitedView })
  invite(@Body() body: InviteAlumniDto) {
    return this.alumni.invite(body);
  }
}
