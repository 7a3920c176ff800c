import type { ConsentScopeKind, ConsentSource, ContactKind, MessageStatus, RecordType } from '../gql/graphql';
import { defineCatalog } from './catalog';

/**
 * The API's enum values in words, once for every screen. The keys are typed over the generated enums, so a new
 * value in the schema without its words fails `tsc`.
 */
type EnumWords = Record<
  | `status.${MessageStatus}`
  | `contact.kind.${ContactKind}`
  | `record.${RecordType}`
  | `consent.source.${ConsentSource}`
  | `consent.scope.${ConsentScopeKind}`,
  string
>;

const en = {
  'status.QUEUED': 'Queued',
  'status.SENDING': 'Sending',
  'status.SENT': 'Sent',
  'status.DELIVERED': 'Delivered',
  'status.UNDELIVERED': 'Not delivered',
  'status.FAILED': 'Failed',
  'status.FELL_BACK_TO_EMAIL': 'Sent by email instead',
  'contact.kind.STUDENT': 'Student',
  'contact.kind.EMPLOYEE': 'Employee',
  'contact.kind.STUDENT_AND_EMPLOYEE': 'Student and employee',
  'contact.kind.GUARDIAN': 'Guardian',
  'record.STUDENT': 'Student',
  'record.EMPLOYEE': 'Employee',
  'record.GUARDIAN': 'Guardian',
  // Phrases inside a sentence ("Opted out of {scope} by {source}").
  'consent.source.KEYWORD': 'a texted keyword',
  'consent.source.STAFF': 'staff',
  'consent.source.FORM': 'a form',
  'consent.source.IMPORT': 'the directory import',
  'consent.source.CARRIER_OPT_OUT_TYPE': 'the carrier',
  'consent.source.CARRIER_ERROR': 'a carrier error',
  'consent.scope.ALL': 'every number',
  'consent.scope.POOL': 'this pool',
  'consent.scope.PERSONAL_NUMBER': 'a personal number',
} as const satisfies EnumWords;

export const catalog = defineCatalog({
  en,
  es: {
    'status.QUEUED': 'En cola',
    'status.SENDING': 'Enviando',
    'status.SENT': 'Enviado',
    'status.DELIVERED': 'Entregado',
    'status.UNDELIVERED': 'No entregado',
    'status.FAILED': 'Falló',
    'status.FELL_BACK_TO_EMAIL': 'Enviado por correo',
    'contact.kind.STUDENT': 'Estudiante',
    'contact.kind.EMPLOYEE': 'Empleado',
    'contact.kind.STUDENT_AND_EMPLOYEE': 'Estudiante y empleado',
    'contact.kind.GUARDIAN': 'Tutor',
    'record.STUDENT': 'Estudiante',
    'record.EMPLOYEE': 'Empleado',
    'record.GUARDIAN': 'Tutor',
    'consent.source.KEYWORD': 'una palabra clave',
    'consent.source.STAFF': 'el personal',
    'consent.source.FORM': 'un formulario',
    'consent.source.IMPORT': 'la importación del directorio',
    'consent.source.CARRIER_OPT_OUT_TYPE': 'el operador',
    'consent.source.CARRIER_ERROR': 'un error del operador',
    'consent.scope.ALL': 'todos los números',
    'consent.scope.POOL': 'este grupo',
    'consent.scope.PERSONAL_NUMBER': 'un número personal',
  },
});
