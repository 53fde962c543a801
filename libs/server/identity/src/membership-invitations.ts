import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { BadInputError, Db } from '@koers/server-db';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { createHash } from 'node:crypto';

export const sha256Hex = (s: string) => createHash('sha256').update(s).digest('hex');
/** How long an invitation to an existing account stays open. */
export const MEMBERSHIP_INVITATION_DAYS = 14;

export class AcceptMembershipInvitationDto {
  @ApiProperty({ description: 'The token from the invitation mail' }) @IsString() @MinLength(1) @MaxLength(200) token!: string;
}

export class AcceptedMembershipView {
  @ApiProperty() membershipId!: string;
  @ApiProperty() partnerId!: string;
}

/** The other half of inviting an existing account (POST /api/users answers 202): the person accepts while signed in. */
@ApiTags('users')
@Controller('membership-invitations')
export class MembershipInvitationsController {
  constructor(private readonly db: Db) {}

  /**
   * Only the invited person, signed in with the invited account (any membership active), accepts: the membership is
   * made then, by koers_accept_membership_invitation on the request's own connection. Another account's token, a used
   * or an expired one all answer the same 400, so a token says nothing to anyone else.
   */
  @Post('accept')
  @HttpCode(200)
  @ApiOperation({ summary: "Accept a partner's invitation to this account: the membership is made now" })
  @ApiOkResponse({ type: AcceptedMembershipView })
  async accept(@Body() body: AcceptMembershipInvitationDto): Promise<AcceptedMembershipView> {
    const rows: { membership_id: string; partner_id: string }[] = await this.db.em.query('select * from koers_accept_membership_invitation($1)', [sha256Hex(body.token)]);
    if (!rows.length) {
      throw new BadInputError(
        'token',
        { nl: 'Deze uitnodiging is onbekend, al gebruikt, verlopen of niet voor het account waarmee u bent aangemeld', en: 'This invitation is unknown, already used, expired or not for the account you are signed in with' },
        { code: 'membership_invitation.invalid' },
      );
    }
    return { membershipId: rows[0].membership_id, partnerId: rows[0].partner_id };
  }
}
