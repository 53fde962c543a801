export * from './sign-in.component';
export * from './organisation-profile.component';
export * from './step-home.component';
export * from './step-routes';
export * from './provide-koers-web';
export * from './app-frame.component';
export * from './app-root';
export * from './survey.component';
