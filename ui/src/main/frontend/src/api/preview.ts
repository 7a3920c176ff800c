import { graphql } from '../gql';

/** How the server would send a text to a person (footer, segments, channel): the composer's and bulk send's preview. */
export const previewQuery = graphql(`
  query Preview($poolId: ID, $personId: ID!, $personal: Boolean, $recordType: RecordType, $body: String!) {
    previewMessage(poolId: $poolId, personId: $personId, personal: $personal, recordType: $recordType, body: $body) {
      channel
      sentText
      footerAppended
      segments
      encoding
      reason
      emailTo
    }
  }
`);
