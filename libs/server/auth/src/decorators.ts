import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '@koers/domain';
import type { AuthState } from './auth-state';

export const PUBLIC_ROUTE = 'koers:public';
export const ROLES = 'koers:roles';

/** No sign-in needed (sign-in itself, health, the public register). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** Only these roles of the active membership may call the route (else 403). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

/** The signed-in user's state, as the session guard found it. */
export const Auth = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthState => {
  return ctx.switchToHttp().getRequest().auth;
});

/** The client's address as Fastify sees it (request.ip: the socket's, or X-Forwarded-For's from a proxy TRUST_PROXY trusts). */
export const ClientAddress = createParamDecorator((_: unknown, ctx: ExecutionContext): string => {
  return String(ctx.switchToHttp().getRequest().ip ?? 'unknown');
});
