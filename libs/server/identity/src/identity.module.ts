import { Module } from '@nestjs/common';
import { AuthController } from './auth.controller';
import { MembershipInvitationsController } from './membership-invitations';
import { UsersController } from './users.controller';

@Module({ controllers: [AuthController, UsersController, MembershipInvitationsController] })
export class IdentityModule {}
