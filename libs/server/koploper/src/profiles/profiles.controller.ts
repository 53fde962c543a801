import { Body, Controller, Get, HttpCode, Param, Patch, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags, ApiOperation } from '@nestjs/swagger';
import { Roles } from '@koers/server-auth';
import type { FastifyReply } from 'fastify';
import { ProfileView, UpdateSustainabilityProfileDto } from './profiles.dto';
import { ProfilesService } from './profiles.service';

@ApiTags('koploper')
@Controller('koploper')
export class ProfilesController {
  constructor(private readonly profiles: ProfilesService) {}

  /** A draft from the latest reviewed baseline's results (409 while they are not in); regenerates an existing draft. */
  @Post('participants/:pid/profiles')
  @ApiOperation({ summary: "Make a draft sustainability profile from the reviewed baseline's results" })
  @Roles('administrator', 'coordinator', 'adviser')
  @ApiCreatedResponse({ type: ProfileView })
  generate(@Param('pid') pid: string) {
    return this.profiles.generate(pid);
  }

  @Get('profiles/:id')
  @ApiOperation({ summary: 'A sustainability profile' })
  @ApiOkResponse({ type: ProfileView })
  get(@Param('id') id: string) {
    return this.profiles.get(id);
  }

  @Patch('profiles/:id')
  @ApiOperation({ summary: "Write the adviser's comment on a draft profile" })
  @Roles('administrator', 'coordinator', 'adviser')
  @ApiOkResponse({ type: ProfileView })
  comment(@Param('id') id: string, @Body() body: UpdateSustainabilityProfileDto) {
    return this.profiles.comment(id, body.adviserComment);
  }

  @Post('profiles/:id/publish')
  @ApiOperation({ summary: 'Publish a draft profile as the next version (the PDF is rendered on the worker)' })
  @Roles('administrator', 'coordinator', 'adviser')
  @HttpCode(200)
  @ApiOkResponse({ type: ProfileView })
  publish(@Param('id') id: string) {
    return this.profiles.publish(id);
  }

  @Post('profiles/:id/sign-off')
  @ApiOperation({ summary: "Sign off a trainee adviser's publication: the draft is published (the trainee's mentor, a coordinator or an administrator)" })
  @Roles('administrator', 'coordinator', 'adviser')
  @HttpCode(200)
  @ApiOkResponse({ type: ProfileView })
  signOff(@Param('id') id: string) {
    return this.profiles.signOff(id);
  }

  /** The rendered PDF of a published version; 409 while the worker is still rendering it. */
  @Get('profiles/:id/pdf')
  @ApiOperation({ summary: 'The PDF of a published profile' })
  @ApiProduces('application/pdf')
  pdf(@Param('id') id: string, @Res() reply: FastifyReply) {
    return this.profiles.pdf(id, reply);
  }
}
