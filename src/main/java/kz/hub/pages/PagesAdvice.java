package kz.hub.pages;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every page gets its chrome; a page that does not exist gets a 404 page in the reader's
 * language.
 */
@ControllerAdvice(basePackageClasses = PagesAdvice.class)
class PagesAdvice {

	@ModelAttribute("chrome")
	PageChrome chrome(HttpServletRequest request) {
		return PageChrome.of(request, PageLanguages.of(request));
	}

	@ExceptionHandler(PageNotFoundException.class)
	ModelAndView notFound(HttpServletRequest request) {
		ModelAndView page = new ModelAndView("not-found", HttpStatus.NOT_FOUND);
		page.addObject("chrome", chrome(request));
		return page;
	}

}
