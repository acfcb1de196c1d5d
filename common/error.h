/* Error codes shared by every irkg module (extract/, graph/, cli/), and
 * their descriptions; depends on nothing else of irkg. */
#ifndef IRKG_ERROR_H
#define IRKG_ERROR_H

/* Functions return 0 on success or one of these negative values. */
enum irkg_error {
	IRKG_OK = 0,
	IRKG_ENOMEM = -1,	/* out of memory */
	IRKG_EIO = -2,		/* a file could not be read or written */
	IRKG_EPARSE = -3,	/* input is not valid in its syntax */
	IRKG_ENOTFOUND = -4,	/* the named thing does not exist */
	IRKG_ELOCKED = -5,	/* another process holds the store */
	IRKG_EINVAL = -6,	/* a caller passed a bad argument */
	IRKG_EUNSUPPORTED = -7, /* valid, but not something irkg can do */
	IRKG_ENOTSTORE = -8,	/* a path exists but is not an irkg store */
	IRKG_ESTORE = -9,	/* the storage backend failed */
	IRKG_ENOTTEXT = -10	/* binary data where text was expected */
};

/* A short English description of an irkg_error value; never NULL. */
const char *irkg_strerror(int code);

#endif
