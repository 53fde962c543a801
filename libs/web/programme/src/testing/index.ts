// Test support only (`@koers/web-programme/testing`): kept out of the lib's index so no app bundle pulls in the testing modules.
export * from './page-harness';
