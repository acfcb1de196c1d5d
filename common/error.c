/* Descriptions of the error codes of common/error.h. */
#include "error.h"

const char *irkg_strerror(int code)
{
	switch (code) {
	case IRKG_OK:
		return "success";
	case IRKG_ENOMEM:
		return "out of memory";
	case IRKG_EIO:
		return "input/output error";
	case IRKG_EPARSE:
		return "syntax error";
	case IRKG_ENOTFOUND:
		return "not found";
	case IRKG_ELOCKED:
		return "store is locked by another process";
	case IRKG_EINVAL:
		return "invalid argument";
	case IRKG_EUNSUPPORTED:
		return "not supported";
	case IRKG_ENOTSTORE:
		return "not an irkg store";
	case IRKG_ESTORE:
		return "storage error";
	case IRKG_ENOTTEXT:
		return "binary data, not text";
	}
	return "unknown error";
}
