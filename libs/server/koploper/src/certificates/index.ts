/** The MVO-certificaat and its public register: what the module registers and what the participant's track overview uses. */
export { CertificatesController, CsrRegisterController } from './certificates.controller';
export { CertificatesService } from './certificates.service';
export { CsrCertificateView as CsrCertificate } from './certificates.dto';
