export {
  decodeShareLink,
  encodePlainShareLink,
  encodeShareLink,
  LINK_FORMAT,
  SHARE_LINK_ERROR_CODES,
  type DecodeShareLinkOptions,
  type DecodeShareLinkResult,
  type EncodeShareLinkOptions,
  type ShareLinkError,
  type ShareLinkErrorCode,
} from './link';
